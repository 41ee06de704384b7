using System.Globalization;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Folders;

/// <summary>
/// Writes one statutory table in exactly the CSV shape its loader reads: 表二 as the official grid with
/// block lines, 表三 as a header of applicant types and a line per row, 表四 as one header of paths and
/// one line of figures. A cell the table lacks is written blank, a row lacking every figure is left out,
/// so the loader reports it instead of a figure being made up.
/// </summary>
internal static class TableCsvWriter
{
    public static string Write(TableData table) => table.Spec.Layout switch
    {
        TableLayout.Blocks => WriteBlocks(table),
        TableLayout.Matrix => WriteMatrix(table),
        _ => WriteFlat(table),
    };

    private static string WriteBlocks(TableData table)
    {
        var spec = table.Spec;
        var width = 1 + spec.Rows.Max(r => r.Columns.Length);
        var lines = new List<string>();
        foreach (var block in spec.Rows.GroupBy(r => r.Groups.FirstOrDefault() ?? string.Empty))
        {
            var columns = block.First().Columns;
            lines.Add(Padded([block.Key], width));
            lines.Add(Padded([spec.RowHeaderLabel, .. columns.Select(c => spec.Column(c).Label)], width));
            foreach (var row in block.Where(r => HasAny(table, r)))
            {
                lines.Add(Padded([row.Label, .. row.Columns.Select(c => Figure(table, row.Key, c))], width));
            }
        }
        return Join(lines);
    }

    private static string WriteMatrix(TableData table)
    {
        var spec = table.Spec;
        var lines = new List<string> { CsvText.Line([spec.RowHeaderLabel, .. spec.Columns.Select(c => c.Label)]) };
        foreach (var row in spec.Rows.Where(r => HasAny(table, r)))
        {
            lines.Add(CsvText.Line([row.Label, .. spec.Columns.Select(c => Figure(table, row.Key, c.Key))]));
        }
        return Join(lines);
    }

    private static string WriteFlat(TableData table)
    {
        var spec = table.Spec;
        var cells = spec.Cells.ToList();
        return Join(
        [
            CsvText.Line(cells.Select(spec.CellColumnLabel)),
            CsvText.Line(cells.Select(c => Figure(table, c.Row, c.Column))),
        ]);
    }

    private static bool HasAny(TableData table, RowSpec row) =>
        row.Columns.Any(c => table.Cell(new CellRef(row.Key, c)) is not null);

    private static string Figure(TableData table, string row, string column) =>
        table.Cell(new CellRef(row, column)) is { } cell ? cell.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Padded(IReadOnlyList<string> cells, int width) =>
        CsvText.Line(cells.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, width - cells.Count))));

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";
}
