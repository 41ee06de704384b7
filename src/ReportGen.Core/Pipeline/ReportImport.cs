using System.Collections.Immutable;
using ReportGen.Disk;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>`reportgen import`: the published report (.docx or text) and the new report folder to write; with <paramref name="Workbook"/> its tables as tables.xlsx.</summary>
internal sealed record ImportRequest(string File, string Output, bool Workbook = false);

/// <summary>What importing found, the check of what was imported, and the folder written (null when nothing was).</summary>
internal sealed record ImportRunOutcome(string File, ImmutableArray<Diagnostic> Diagnostics, string? Written) : JobOutcome(Diagnostics)
{
    protected override bool Done => Written is not null;
}

/// <summary>Reads a published report back into a report folder, and checks it as `check` would.</summary>
internal sealed class ReportImport
{
    /// <summary>A published report is a few hundred kilobytes; a larger file is the wrong file.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    public ImportRunOutcome Import(ImportRequest request)
    {
        var (report, findings, format) = ImportFile(request.File);
        if (report is null)
        {
            return new ImportRunOutcome(request.File, findings, null);
        }
        var writer = new ReportFolderWriter();
        var files = writer.RenderFiles(report, request.Workbook);
        var check = new ReportChecker().Check(request.Output, new InMemoryReportSource(request.Output, files.ToImmutableDictionary()));
        var written = writer.WriteNew(request.Output, files);
        if (written.Finding is { } unwritten)
        {
            return new ImportRunOutcome(request.File, findings.Add(unwritten), null);
        }
        // The written folder's own findings (e.g. a figure the report got wrong) point at the new files.
        return new ImportRunOutcome(request.File, findings.AddRange(WithoutCascades(findings, format, check.Diagnostics).Select(d => d with
        {
            Location = d.Location is { } l ? l with { File = Path.Combine(request.Output, Path.GetFileName(l.File)) } : null,
        })), request.Output);
    }

    /// <summary>`check FILE`: import in memory and check, the auditor's one-liner for any published report.</summary>
    public CheckOutcome Check(string file, Report? previous = null)
    {
        var (report, findings, format) = ImportFile(file);
        if (report is null)
        {
            return new CheckOutcome(file, null, findings);
        }
        var check = new ReportChecker().Check(file, new ReportFolderWriter().ToSource($"{file}（导入）", report), Render.EmbeddedTemplateSet.Instance, previous);
        return new CheckOutcome(file, check.Report, findings.AddRange(WithoutCascades(findings, format, check.Diagnostics)));
    }

    public static Report LiteralNarratives(Report report) => report with
    {
        Narratives = report.Narratives.ToImmutableDictionary(n => n.Key, n => n.Value with { Text = Render.MarkdownText.AsLiteral(n.Value.Text) }),
    };

    /// <summary>
    /// A row the import could not read is reported once, by the import; the imported folder's own
    /// "缺少行" or table-shape finding for the same table would say it again as if the report lacked it.
    /// </summary>
    private static IEnumerable<Diagnostic> WithoutCascades(ImmutableArray<Diagnostic> imported, ImportedFormat format, ImmutableArray<Diagnostic> check)
    {
        // A 2019-format (or hybrid) report has one （六） row where 2021 has three: it is not told to add them.
        var oneRow = format != ImportedFormat.Current;
        var reported = imported.Where(d => d.Rule == RuleCatalog.ImportMissingData || d.Rule == RuleCatalog.ImportUnplaced
                || d.Rule == RuleCatalog.ImportTrialFormat || d.Rule == RuleCatalog.ImportHybridFormat)
            .Select(d => d.Table).OfType<string>().ToHashSet();
        // A blank the import already reported (a 总计 left empty, imported blank so it is computed) is not reported again.
        var blanks = imported.Where(d => d.Rule == RuleCatalog.Placeholder).Select(d => d.Table).OfType<string>().ToHashSet();
        return check.Where(d => !(d.Rule == RuleCatalog.Placeholder && d.Table is { } blankTable && blanks.Contains(blankTable))).Where(d => !((d.Rule == RuleCatalog.MissingRow || d.Rule == RuleCatalog.BadShape) && d.Table is { } table
            && (reported.Contains(table) || (oneRow && d.Row is { } row && StatutoryFormat.Trial2019.IsOneRowLabel(table, row)))));
    }

    private static (Report? Report, ImmutableArray<Diagnostic> Findings, ImportedFormat Format) ImportFile(string file)
    {
        var read = BoundedFileReader.Read(file, MaxBytes, ExpectedFile.PublishedReport);
        if (read.Finding is { } unread)
        {
            return (null, [unread], ImportedFormat.Current);
        }
        var bytes = read.Bytes;
        var imported = new PublishedReportImporter().Import(file, bytes);
        // Someone else's text is data, never code: it is written (and checked) in the literal form, so
        // "{{ agency }}" or a hostile loop in a published report comes out of `build` exactly as it went in.
        return (imported.Report is { } report ? LiteralNarratives(report) : null, imported.Diagnostics, imported.Format);
    }
}
