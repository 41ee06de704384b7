using ReportGen.Format;
using ReportGen.Tables;

namespace ReportGen.Load;

/// <summary>
/// Reads a flat table (<see cref="TableLayout.Flat"/>: 表四, reviews.csv): one line of figures (fifteen)
/// under a header. The header is either one line of paths ("行政复议/结果维持") or keys, or the official
/// header lines pasted from the form, whose merged cells are filled in from the left.
/// </summary>
internal sealed class FlatCsvLoader(TableSpec spec) : ITableCsvLoader
{
    public TableSpec Spec => spec;

    public void Read(TableReader reader, CsvDocument document)
    {
        var dataIndex = -1;
        for (var i = 0; i < document.Lines.Length && dataIndex < 0; i++)
        {
            dataIndex = IsFigures(document.Lines[i]) ? i : -1;
        }
        if (dataIndex <= 0)
        {
            var line = document.Lines[0].Line;
            reader.Report(RuleCatalog.BadShape, reader.Source.At(line, 0),
                dataIndex == 0 ? $"{Spec.Number}缺少表头" : $"{Spec.Number}没有数据行",
                $"{Spec.Number}应为一行表头（如“{Spec.CellColumnLabel(Spec.Cells[0])}”）加一行共 {Spec.Cells.Length} 个数字，见 README");
            return;
        }
        var headerLines = document.Lines.Take(dataIndex).ToList();
        var data = document.Lines[dataIndex];
        var width = Math.Max(data.Cells.Length, headerLines.Max(h => h.Cells.Length));
        var composed = HeaderPaths.Compose([.. headerLines.Select(h => h.Cells)], width, alignRight: false)
            .Select(parts => string.Join('/', parts)).ToList();
        var columns = HeaderColumns.Match(reader, headerLines[^1].Line, composed, 0, Spec.FlatColumns, static c => c.Computable);
        foreach (var (index, column) in columns)
        {
            reader.SetCell(column.Cell, data[index], data.Line, index + 1);
        }
        CsvTables.CheckNoExtraCells(reader, data, composed.Count, Spec.Title);
        foreach (var extra in document.Lines.Skip(dataIndex + 1))
        {
            reader.Report(RuleCatalog.BadShape, reader.Source.At(extra.Line, 1), $"{Spec.Number}只应有一行数据，第 {extra.Line} 行多余",
                "请删除多余的行");
        }
    }

    /// <summary>Header cells are words; the first line with a figure in it is the data line.</summary>
    private static bool IsFigures(CsvLine line)
    {
        foreach (var cell in line.Cells)
        {
            if (CellTextParser.TryParseDigits(cell, out _) || (CellTextParser.MayBeNumber(cell) && CellTextParser.Parse(cell).Kind == CellTextKind.Number))
            {
                return true;
            }
        }
        return false;
    }
}
