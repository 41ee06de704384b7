using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Workbook;

/// <summary>
/// The three statutory tables as tables.xlsx: a sheet per table named by its number (表二, 表三, 表四),
/// laid out like the official form (<see cref="TableSheetLayout"/>). Labels are locked (sheet protection
/// without a password), figure cells open and validated (whole non-negative counts; the fee a
/// non-negative amount of 万元), each 总计 a SUM of its parts that the user may overwrite.
/// </summary>
internal static class TablesWorkbook
{
    public static byte[] Write(Report report) => Write(spec => Sheet(report.Table(spec.Key)));

    /// <summary>
    /// The tables as typed into the page (<paramref name="typed"/>: the text of each figure, by table and
    /// cell): a number where the text is one, else the text itself, kept for `check` to name as it would
    /// in a CSV, never as a formula; a blank 总计 its SUM, computed on opening.
    /// </summary>
    public static byte[] Write(Func<TableSpec, CellRef, string> typed) =>
        Write(spec => Sheet(spec, cell => FigureEntry.Of(typed(spec, cell))));

    private static byte[] Write(Func<TableSpec, WorkbookSheet> sheet)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write([.. StatutoryFormat.Tables.Select(sheet)], buffer);
        return buffer.ToArray();
    }

    public static WorkbookSheet Sheet(TableData table) => Sheet(table.Spec, cell => new FigureEntry(table.Cell(cell)?.Value, null));

    private static WorkbookSheet Sheet(TableSpec spec, Func<CellRef, FigureEntry> figures)
    {
        var layout = TableSheetLayout.Of(spec);
        var cells = new Dictionary<(int, int), SheetCell>
        {
            [(TableSheetLayout.TitleRow, 1)] = new(TableSheetLayout.TitleRow, 1, SheetCellStyle.Title, spec.DisplayName),
        };
        var counts = ImmutableArray.CreateBuilder<CellRange>();
        var amounts = ImmutableArray.CreateBuilder<CellRange>();
        foreach (var laid in layout.Cells)
        {
            if (laid.Figure is not { } figure)
            {
                var style = laid.Alignment == Model.CellAlignment.Left ? SheetCellStyle.RowLabel : SheetCellStyle.Label;
                cells[(laid.Row, laid.Column)] = new SheetCell(laid.Row, laid.Column, style, laid.Text);
                continue;
            }
            var kind = spec.Column(figure.Column).Kind;
            (kind == CellKind.Count ? counts : amounts).Add(CellRange.One(laid.Row, laid.Column));
            cells[(laid.Row, laid.Column)] = Figure(spec, figures, layout, figure, laid.Row, laid.Column, kind);
        }
        // A merged range is drawn from its cells' borders: every covered cell gets the style of the range's first.
        foreach (var merge in layout.Merges)
        {
            var style = cells.TryGetValue((merge.FirstRow, merge.FirstColumn), out var first) ? first.Style : SheetCellStyle.Label;
            for (var row = merge.FirstRow; row <= merge.LastRow; row++)
            {
                for (var column = merge.FirstColumn; column <= merge.LastColumn; column++)
                {
                    cells.TryAdd((row, column), new SheetCell(row, column, style));
                }
            }
        }
        return new WorkbookSheet(spec.Number, [.. cells.Values.OrderBy(c => c.Row).ThenBy(c => c.Column)], layout.Merges,
            layout.ColumnWidths, RowHeights(layout), layout.HeaderRows, layout.LabelColumns, Protected: true,
            [new SheetValidation(CellKind.Count, counts.ToImmutable()), new SheetValidation(CellKind.Amount, amounts.ToImmutable())]);
    }

    /// <summary>
    /// A figure: a total as the SUM of its parts when its value is their sum (so a filled-in sheet adds up
    /// as it is typed), else — a published report whose total is wrong — the value as it stands, for
    /// `check` to report; a cell the table lacks stays blank.
    /// </summary>
    private static SheetCell Figure(TableSpec spec, Func<CellRef, FigureEntry> figures, TableSheetLayout layout, CellRef figure, int row, int column, CellKind kind)
    {
        var (value, text) = figures(figure);
        var sum = spec.Sums.FirstOrDefault(s => s.Total == figure);
        var style = sum is not null ? SheetCellStyle.Total : kind == CellKind.Count ? SheetCellStyle.Count : SheetCellStyle.Amount;
        if (text is not null)
        {
            return new SheetCell(row, column, style, Text: text);
        }
        if (sum is null)
        {
            return new SheetCell(row, column, style, Number: value);
        }
        var parts = sum.Parts.Select(p => figures(p).Number).ToList();
        if (value is { } total && parts.All(p => p is not null) && parts.Sum(p => p!.Value) != total)
        {
            return new SheetCell(row, column, SheetCellStyle.Total, Number: total);
        }
        return new SheetCell(row, column, SheetCellStyle.Total, Number: value, Formula: SumFormula(sum.Parts.Select(layout.FigureAt)));
    }

    /// <summary>A figure to write: a number, a text that is not one (as typed), or neither (blank).</summary>
    private readonly record struct FigureEntry(decimal? Number, string? Text)
    {
        public static FigureEntry Of(string typed)
        {
            var text = typed.Trim();
            // Plain digits with a point or a sign only: anything else is for the table reader to judge, as in a CSV.
            return text.Length == 0 ? default
                : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? new FigureEntry(number, null)
                    : new FigureEntry(null, text);
        }
    }

    /// <summary>"SUM(D5:I5)", "SUM(D7:D27)": the parts as runs of neighbouring cells.</summary>
    public static string SumFormula(IEnumerable<(int Row, int Column)> parts)
    {
        var ranges = new List<CellRange>();
        foreach (var (row, column) in parts)
        {
            if (ranges.Count > 0 && ranges[^1] is var last
                && ((last.FirstRow == last.LastRow && row == last.LastRow && column == last.LastColumn + 1)
                    || (last.FirstColumn == last.LastColumn && column == last.LastColumn && row == last.LastRow + 1)))
            {
                ranges[^1] = last with { LastRow = row, LastColumn = column };
                continue;
            }
            ranges.Add(CellRange.One(row, column));
        }
        return $"SUM({string.Join(',', ranges)})";
    }

    /// <summary>Row heights for labels that wrap (Excel does not grow a row for wrapped text it did not lay out itself).</summary>
    private static ImmutableDictionary<int, double> RowHeights(TableSheetLayout layout)
    {
        const double Line = 14.25;
        var heights = ImmutableDictionary.CreateBuilder<int, double>();
        heights[TableSheetLayout.TitleRow] = 24;
        foreach (var row in layout.Cells.GroupBy(c => c.Row))
        {
            var lines = row.Where(c => c.Figure is null && !layout.IsMergedDown(c.Row, c.Column))
                .Select(c => Lines(c.Text, layout.WidthAt(c.Row, c.Column))).DefaultIfEmpty(1).Max();
            if (lines > 1)
            {
                heights[row.Key] = Math.Round(lines * Line + 3, 2);
            }
        }
        return heights.ToImmutable();
    }

    /// <summary>Lines a text takes in a cell of a width in characters: a Chinese character is two, and a little margin is lost.</summary>
    private static int Lines(string text, double width)
    {
        var units = text.Sum(c => c >= 0x2E80 ? 2.0 : 1.1);
        return Math.Max(1, (int)Math.Ceiling(units / Math.Max(1, width - 1.5)));
    }
}
