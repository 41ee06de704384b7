using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>Reads a whole report folder: report.json, the three CSV tallies and the narrative files.</summary>
internal sealed class ReportFolderLoader
{
    private static readonly ImmutableArray<ITableCsvLoader> TableLoaders =
        [new ActiveCsvLoader(), new ApplicationsCsvLoader(), new ReviewsCsvLoader()];

    public LoadOutcome<Report> Load(IReportSource source)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var metadataText = ReadText(source, MetadataJsonLoader.FileName, required: true, diagnostics);
        ReportMetadata? metadata = null;
        if (metadataText is not null)
        {
            var outcome = new MetadataJsonLoader().Load(metadataText, source.Describe(MetadataJsonLoader.FileName));
            diagnostics.AddRange(outcome.Diagnostics);
            metadata = outcome.Value;
        }

        var tables = new Dictionary<string, TableData>();
        foreach (var loader in TableLoaders)
        {
            var text = ReadText(source, loader.Spec.FileName, required: true, diagnostics);
            if (text is null)
            {
                continue;
            }
            var grid = CsvGrid.Read(text, source.Describe(loader.Spec.FileName));
            diagnostics.AddRange(grid.Diagnostics);
            if (grid.Value is null)
            {
                continue;
            }
            var table = loader.Load(grid.Value);
            diagnostics.AddRange(table.Diagnostics);
            if (table.Value is not null)
            {
                tables[loader.Spec.Key] = table.Value;
            }
        }

        var narratives = ImmutableDictionary.CreateBuilder<string, NarrativeText>();
        foreach (var section in StatutoryFormat.Sections)
        {
            var text = ReadText(source, section.NarrativeFile, required: false, diagnostics);
            if (text is not null)
            {
                narratives[section.Key] = new NarrativeText(source.Describe(section.NarrativeFile), text);
            }
        }

        if (metadata is null || tables.Count < TableLoaders.Length)
        {
            return new LoadOutcome<Report>(null, diagnostics.ToImmutable());
        }
        var report = Report.Of(metadata, tables, narratives.ToImmutable());
        return new LoadOutcome<Report>(report, diagnostics.ToImmutable());
    }

    private static string? ReadText(IReportSource source, string name, bool required, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var file = source.Open(name);
        var shown = source.Describe(name);
        switch (file.State)
        {
            case SourceFileState.Missing when required:
                diagnostics.Add(new Diagnostic(RuleCatalog.MissingFile, new SourceLocation(shown, 0, 0), $"缺少文件 {shown}",
                    "报告文件夹须包含 report.json、active.csv、applications.csv、reviews.csv；可用 reportgen init 生成"));
                return null;
            case SourceFileState.Missing:
                return null;
            case SourceFileState.Unreadable:
                diagnostics.Add(new Diagnostic(RuleCatalog.Unreadable, new SourceLocation(shown, 0, 0), file.Problem!,
                    "请确认文件存在、是普通文本文件且当前用户有读取权限"));
                return null;
            default:
                var decoded = TextDecoder.Decode(file.Bytes, shown);
                diagnostics.AddRange(decoded.Diagnostics);
                return decoded.Value;
        }
    }
}
