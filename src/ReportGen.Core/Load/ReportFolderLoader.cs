using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>Reads a whole report folder: report.json, the three tallies (three CSVs, or tables.xlsx) and the narrative files.</summary>
internal sealed class ReportFolderLoader
{
    public Outcome<Report> Load(IReportSource source)
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
        // One stat: a folder of CSVs never touches the workbook code.
        if (source.Exists(FolderLayout.WorkbookFile))
        {
            LoadWorkbook(source, tables, diagnostics);
        }
        else if (!RefusedWorkbook(source, diagnostics))
        {
            LoadCsv(source, tables, diagnostics);
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

        if (metadata is null || tables.Count < StatutoryFormat.Tables.Length)
        {
            return new Outcome<Report>(null, diagnostics.ToImmutable());
        }
        var report = Report.Of(metadata, tables, narratives.ToImmutable());
        return new Outcome<Report>(report, diagnostics.ToImmutable());
    }

    private static void LoadCsv(IReportSource source, Dictionary<string, TableData> tables, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var loader in CsvTableLoaders.All)
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
            var table = CsvTables.Load(loader, grid.Value);
            diagnostics.AddRange(table.Diagnostics);
            if (table.Value is not null)
            {
                tables[loader.Spec.Key] = table.Value;
            }
        }
    }

    /// <summary>The three tables from tables.xlsx; a folder that also has any of the CSVs is refused, as it is unclear which is meant.</summary>
    private static void LoadWorkbook(IReportSource source, Dictionary<string, TableData> tables, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var shown = source.Describe(FolderLayout.WorkbookFile);
        var csv = StatutoryFormat.Tables.Select(t => t.FileName).Where(source.Exists).ToList();
        if (csv.Count > 0)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.Unreadable, new SourceLocation(shown, 0, 0),
                $"报告文件夹中同时有 {FolderLayout.WorkbookFile} 和 {string.Join("、", csv)}，无法确定三张表以哪一种为准",
                $"请只保留一种：用工作簿填写的，删除（或移出）{string.Join("、", csv)}；用 CSV 填写的，删除（或移出）{FolderLayout.WorkbookFile}"));
            return;
        }
        var file = source.Open(FolderLayout.WorkbookFile, Workbook.XlsxReader.MaxBytes);
        if (file.State != SourceFileState.Found)
        {
            // Present a moment ago (Exists), so a problem is worded by the disk; gone since, it is missing.
            diagnostics.Add(file.Problem ?? Missing(shown));
            return;
        }
        var (read, findings) = Workbook.TablesWorkbookReader.Read(file.Bytes, shown);
        diagnostics.AddRange(findings);
        foreach (var (key, table) in read)
        {
            tables[key] = table;
        }
    }

    /// <summary>
    /// A folder without the CSVs that holds a spreadsheet the tool does not read (.xls, .et, .xlsm) is
    /// told how to save it, rather than that three CSVs are missing.
    /// </summary>
    private static bool RefusedWorkbook(IReportSource source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (StatutoryFormat.Tables.Any(t => source.Exists(t.FileName)))
        {
            return false;
        }
        var refused = FolderLayout.RefusedWorkbookFiles.FirstOrDefault(source.Exists);
        if (refused is null)
        {
            return false;
        }
        var shown = source.Describe(refused);
        var why = refused.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
            ? "是含宏的工作簿（.xlsm），不读取（宏不会运行）"
            : "是旧版或 WPS 专有格式（.xls/.et），无法读取";
        diagnostics.Add(new Diagnostic(RuleCatalog.Unreadable, new SourceLocation(shown, 0, 0), $"{shown} {why}",
            $"请在 WPS/Excel 中另存为 .xlsx，文件名为 {FolderLayout.WorkbookFile}"));
        return true;
    }

    /// <summary>Worded only when a file is missing: the check of a complete folder never builds it.</summary>
    private static string RequiredFilesHint() =>
        $"报告文件夹须包含 {string.Join("、", StatutoryFormat.Tables.Select(t => t.FileName).Prepend(FolderLayout.MetadataFile))}（或用一个 {FolderLayout.WorkbookFile} 代替三个 CSV）；可用 reportgen init 生成";

    private static string? ReadText(IReportSource source, string name, bool required, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var file = source.Open(name);
        var shown = source.Describe(name);
        switch (file.State)
        {
            case SourceFileState.Missing when required:
                diagnostics.Add(Missing(shown));
                return null;
            case SourceFileState.Missing:
                return null;
            case SourceFileState.Unreadable:
                diagnostics.Add(file.Problem!);
                return null;
            default:
                var decoded = TextDecoder.Decode(file.Bytes, shown);
                diagnostics.AddRange(decoded.Diagnostics);
                return decoded.Value;
        }
    }

    private static Diagnostic Missing(string shown) =>
        new(RuleCatalog.MissingFile, new SourceLocation(shown, 0, 0), $"缺少文件 {shown}",
            RequiredFilesHint());
}
