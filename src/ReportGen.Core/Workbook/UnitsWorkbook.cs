using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Workbook;

/// <summary>
/// units.xlsx of `aggregate`: one row per unit and one column per cell of the three tables, with the
/// sums in a last row, which is what a 上级 pastes into its own statistics. Three header rows name each
/// column (table, row, column label, merged where neighbours share them).
/// </summary>
internal static class UnitsWorkbook
{
    private const int HeaderRows = 3;

    public static byte[] Write(IReadOnlyList<Report> units, Report total)
    {
        var columns = StatutoryFormat.Tables.SelectMany(t => t.Cells.Select(c => (Table: t, Cell: c))).ToList();
        var cells = new List<SheetCell> { new(1, 1, SheetCellStyle.Label, "单位") };
        var merges = ImmutableArray.CreateBuilder<CellRange>();
        merges.Add(new CellRange(1, 1, HeaderRows, 1));
        for (var row = 2; row <= HeaderRows; row++)
        {
            cells.Add(new SheetCell(row, 1, SheetCellStyle.Label));
        }
        Header(1, c => c.Table.DisplayName);
        Header(2, c => c.Table.Layout == TableLayout.Flat
            ? string.Join('/', c.Table.Row(c.Cell.Row).Groups.Append(c.Table.Row(c.Cell.Row).Label))
            : c.Table.Row(c.Cell.Row).Label);
        for (var i = 0; i < columns.Count; i++)
        {
            cells.Add(new SheetCell(3, i + 2, SheetCellStyle.Label, columns[i].Table.Column(columns[i].Cell.Column).Label));
        }
        var rows = units.Select(u => (Name: u.Metadata.Agency, Report: u)).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = HeaderRows + 1 + r;
            cells.Add(new SheetCell(row, 1, SheetCellStyle.RowLabel, rows[r].Name));
            for (var i = 0; i < columns.Count; i++)
            {
                var (table, cell) = columns[i];
                cells.Add(new SheetCell(row, i + 2, Style(table, cell), Number: rows[r].Report.Table(table.Key).Cell(cell)?.Value ?? 0m));
            }
        }
        var sumRow = HeaderRows + rows.Count + 1;
        cells.Add(new SheetCell(sumRow, 1, SheetCellStyle.Label, "合计"));
        for (var i = 0; i < columns.Count; i++)
        {
            var (table, cell) = columns[i];
            var formula = rows.Count == 0 ? null : $"SUM({new CellRange(HeaderRows + 1, i + 2, sumRow - 1, i + 2)})";
            cells.Add(new SheetCell(sumRow, i + 2, SheetCellStyle.Total, Number: total.Table(table.Key).Cell(cell)?.Value ?? 0m, Formula: formula));
        }
        var sheet = new WorkbookSheet("各单位数据", [.. cells], merges.ToImmutable(),
            [30, .. columns.Select(_ => 11.0)], ImmutableDictionary<int, double>.Empty.Add(2, 60).Add(3, 45),
            HeaderRows, 1, Protected: false, [], FitToWidth: false);
        using var buffer = new MemoryStream();
        XlsxWriter.Write([sheet], buffer);
        return buffer.ToArray();

        // Neighbouring columns with the same text (within one table) become one merged header cell.
        void Header(int row, Func<(TableSpec Table, CellRef Cell), string> text)
        {
            var start = 0;
            for (var i = 1; i <= columns.Count; i++)
            {
                if (i < columns.Count && columns[i].Table == columns[start].Table && text(columns[i]) == text(columns[start]))
                {
                    continue;
                }
                cells.Add(new SheetCell(row, start + 2, SheetCellStyle.Label, text(columns[start])));
                for (var k = start + 1; k < i; k++)
                {
                    cells.Add(new SheetCell(row, k + 2, SheetCellStyle.Label));
                }
                if (i - start > 1)
                {
                    merges.Add(new CellRange(row, start + 2, row, i + 1));
                }
                start = i;
            }
        }
    }

    private static SheetCellStyle Style(TableSpec table, CellRef cell) =>
        table.Column(cell.Column).Kind == CellKind.Count ? SheetCellStyle.Count : SheetCellStyle.Amount;
}
