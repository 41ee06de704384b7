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
    public static string Write(TableData table) => Write(table.Spec, cell =>
        table.Cell(cell) is { } value ? value.Value.ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>
    /// The same shapes from the text of each cell as a person typed it (the page's form), so that what
    /// is saved is what was typed and the loader, not the writer, judges it. Null: the table lacks the cell.
    /// </summary>
    public static string Write(TableSpec spec, Func<CellRef, string?> figure) => spec.Layout switch
    {
        TableLayout.Blocks => WriteBlocks(spec, figure),
        TableLayout.Matrix => WriteMatrix(spec, figure),
        _ => WriteFlat(spec, figure),
    };

    private static string WriteBlocks(TableSpec spec, Func<CellRef, string?> figure)
    {
        var width = 1 + spec.Rows.Max(r => r.Columns.Length);
        var lines = new List<string>();
        foreach (var block in spec.Rows.GroupBy(r => r.Groups.FirstOrDefault() ?? string.Empty))
        {
            var columns = block.First().Columns;
            lines.Add(Padded([block.Key], width));
            lines.Add(Padded([spec.RowHeaderLabel, .. columns.Select(c => spec.Column(c).Label)], width));
            foreach (var row in block.Where(r => HasAny(figure, r)))
            {
                lines.Add(Padded([row.Label, .. row.Columns.Select(c => figure(new CellRef(row.Key, c)) ?? string.Empty)], width));
            }
        }
        return Join(lines);
    }

    private static string WriteMatrix(TableSpec spec, Func<CellRef, string?> figure)
    {
        var lines = new List<string> { CsvText.Line([spec.RowHeaderLabel, .. spec.Columns.Select(c => c.Label)]) };
        foreach (var row in spec.Rows.Where(r => HasAny(figure, r)))
        {
            lines.Add(CsvText.Line([row.Label, .. spec.Columns.Select(c => figure(new CellRef(row.Key, c.Key)) ?? string.Empty)]));
        }
        return Join(lines);
    }

    private static string WriteFlat(TableSpec spec, Func<CellRef, string?> figure)
    {
        var cells = spec.Cells.ToList();
        return Join(
        [
            CsvText.Line(cells.Select(spec.CellColumnLabel)),
            CsvText.Line(cells.Select(c => figure(c) ?? string.Empty)),
        ]);
    }

    private static bool HasAny(Func<CellRef, string?> figure, RowSpec row) =>
        row.Columns.Any(c => figure(new CellRef(row.Key, c)) is not null);

    private static string Padded(IReadOnlyList<string> cells, int width) =>
        CsvText.Line(cells.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, width - cells.Count))));

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";
}
