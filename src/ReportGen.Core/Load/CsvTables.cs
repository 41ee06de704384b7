using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Load;

/// <summary>What every CSV loader does around its shape's own reading: the table reader, an empty file, the finish.</summary>
internal static class CsvTables
{
    public static Outcome<TableData> Load(ITableCsvLoader loader, CsvDocument document)
    {
        var findings = new List<Diagnostic>();
        var reader = new TableReader(loader.Spec, new TallyFileSource(document.File), findings.Add);
        if (document.Lines.IsEmpty)
        {
            return Empty(reader, findings);
        }
        loader.Read(reader, document);
        return Finish(reader, findings);
    }

    /// <summary>A non-empty cell beyond the columns the row has.</summary>
    public static void CheckNoExtraCells(TableReader reader, CsvLine line, int expected, string rowLabel)
    {
        for (var i = expected; i < line.Cells.Length; i++)
        {
            if (line.Cells[i].Length > 0)
            {
                reader.Report(RuleCatalog.BadShape, reader.Source.At(line.Line, i + 1),
                    $"{reader.Spec.Number}“{rowLabel}”行多出第 {i + 1} 列的内容“{line.Cells[i]}”",
                    $"该行只应有 {expected} 列，请删除多余的单元格或核对是否错列", rowLabel);
                return;
            }
        }
    }

    private static Outcome<TableData> Finish(TableReader reader, List<Diagnostic> findings)
    {
        var data = reader.Finish();
        return new Outcome<TableData>(data, [.. findings]);
    }

    private static Outcome<TableData> Empty(TableReader reader, List<Diagnostic> findings)
    {
        reader.Report(RuleCatalog.BadShape, reader.Source.At(0, 0), $"{reader.Source.File} 是空文件",
            $"请按 README 的格式填写{reader.Spec.DisplayName}，或运行 reportgen init 生成模板");
        return new Outcome<TableData>(null, [.. findings]);
    }
}
