using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>
/// One table of a published report being imported: the <see cref="TableReader"/> that reads its figures
/// and what only an importer reports (text it could not place, conversion artefacts).
/// </summary>
internal sealed class TableImport(TableSpec spec, SourceDocument document, ImportFindings findings)
{
    public TableReader Reader { get; } = new(spec, document.Source, findings.Add);

    public TableSpec Spec => spec;

    public SourceDocument Document => document;

    public ImportFindings Findings => findings;

    public void Unplaced(SourceLocation location, string what, string hint) =>
        findings.Add(RuleCatalog.ImportUnplaced, location, $"{document.Where(location)}：{what}", hint, spec.DisplayName);

    public void Artefact(SourceLocation location, string what) =>
        findings.Add(RuleCatalog.ImportArtefact, location, $"{document.Where(location)}：{what}",
            "这是 PDF 转文本等转换留下的残留，不是官方表格的内容", spec.DisplayName);
}
