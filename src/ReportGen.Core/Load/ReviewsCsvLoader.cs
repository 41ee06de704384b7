using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>
/// Reads 表四 (reviews.csv): one line of fifteen figures under a header. The header is either one
/// line of paths ("行政复议/结果维持") or keys, or the official three header lines pasted from the
/// form, whose merged cells are filled in from the left.
/// </summary>
internal sealed class ReviewsCsvLoader : ITableCsvLoader
{
    // The same for every report, and costly to spell (every cell's path): built once.
    private static readonly LabelCandidates<FlatColumn> Candidates = BuildCandidates(StatutoryFormat.Reviews);

    public TableSpec Spec => StatutoryFormat.Reviews;

    public LoadOutcome<TableData> Load(CsvDocument document)
    {
        var reading = new TableReading(Spec, document.File);
        if (document.Lines.IsEmpty)
        {
            return reading.Empty();
        }
        var dataIndex = -1;
        for (var i = 0; i < document.Lines.Length && dataIndex < 0; i++)
        {
            dataIndex = IsFigures(document.Lines[i]) ? i : -1;
        }
        if (dataIndex <= 0)
        {
            var line = document.Lines[0].Line;
            reading.Report(RuleCatalog.BadShape, line, 0,
                dataIndex == 0 ? $"{Spec.Number}缺少表头" : $"{Spec.Number}没有数据行",
                "表四应为一行表头（如“行政复议/结果维持”）加一行共 15 个数字，见 README");
            return reading.Finish();
        }
        var headerLines = document.Lines.Take(dataIndex).ToList();
        var data = document.Lines[dataIndex];
        var composed = Compose(headerLines, Math.Max(data.Cells.Length, headerLines.Max(h => h.Cells.Length)));
        var columns = HeaderColumns.Match(reading, headerLines[^1], 0, Candidates, composed, static c => c.Computable);
        foreach (var (index, column) in columns)
        {
            reading.SetCell(column.Cell, data[index], data.Line, index + 1);
        }
        reading.CheckNoExtraCells(data, composed.Count, Spec.Title);
        foreach (var extra in document.Lines.Skip(dataIndex + 1))
        {
            reading.Report(RuleCatalog.BadShape, extra.Line, 1, $"{Spec.Number}只应有一行数据，第 {extra.Line} 行多余",
                "请删除多余的行");
        }
        return reading.Finish();
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

    /// <summary>Joins the header lines of each column top-down, filling merged group cells from the left.</summary>
    private static List<string> Compose(List<CsvLine> headerLines, int width)
    {
        var parts = Enumerable.Range(0, width).Select(_ => new List<string>()).ToList();
        for (var h = 0; h < headerLines.Count; h++)
        {
            var fill = h < headerLines.Count - 1;
            var carried = string.Empty;
            for (var i = 0; i < width; i++)
            {
                var cell = headerLines[h][i];
                carried = cell.Length > 0 ? cell : fill ? carried : string.Empty;
                if (carried.Length > 0 && !parts[i].Contains(carried))
                {
                    parts[i].Add(carried);
                }
            }
        }
        return [.. parts.Select(p => string.Join('/', p))];
    }

    /// <param name="Computable">A total the file may leave out.</param>
    private sealed record FlatColumn(CellRef Cell, bool Computable);

    private static LabelCandidates<FlatColumn> BuildCandidates(TableSpec spec) => new(
        spec.Cells.Select(cell =>
        {
            var row = spec.Row(cell.Row);
            var label = spec.CellColumnLabel(cell);
            return new LabelCandidate<FlatColumn>(new FlatColumn(cell, spec.IsComputable(cell)), label,
                [$"{cell.Row}_{cell.Column}", $"{row.Label}/{spec.Column(cell.Column).Label}"]);
        }));
}
