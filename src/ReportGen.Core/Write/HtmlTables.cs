using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// A <see cref="TableBlock"/> as an HTML table. Spans come from the same grid the Word writer
/// draws: a cell's column span is its colspan, a Restart cell's rowspan counts the Continue cells
/// under it. Labels are header cells (scope col in the header rows, row beside figures, rowgroup
/// for a block title across the table), figures are data cells.
/// </summary>
internal static class HtmlTables
{
    /// <summary>A cell where the grid puts it: its row, first grid column and rows spanned.</summary>
    private readonly record struct Placed(GridCell Cell, int Column, int RowSpan);

    public static void Write(StringBuilder html, TableBlock table, string id)
    {
        var columns = table.Rows.Length == 0 ? table.ColumnWeights.Length : table.Rows[0].Sum(c => c.ColumnSpan);
        var groups = RowGroups(table);
        html.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("\">\n");
        html.Append("<table class=\"").Append(table.TextSize == TableTextSize.Small ? "statutory small" : "statutory")
            .Append("\" style=\"min-width: ").Append(columns * 5).Append("em\">\n<caption id=\"").Append(id).Append("\">");
        HtmlText.Append(html, table.Caption);
        html.Append("</caption>\n<colgroup>");
        long total = table.ColumnWeights.Sum(w => (long)w);
        foreach (var weight in table.ColumnWeights)
        {
            html.Append("<col style=\"width: ").Append((weight * 100.0 / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        }
        html.Append("</colgroup>\n");

        foreach (var (start, end, isHead) in groups)
        {
            html.Append(isHead ? "<thead>\n" : "<tbody>\n");
            for (var r = start; r < end; r++)
            {
                var figures = table.Rows[r].Any(c => c.IsFigure);
                html.Append("<tr>");
                foreach (var placed in Place(table, r, end))
                {
                    Cell(html, placed, isHead, figures, columns);
                }
                html.Append("</tr>\n");
            }
            html.Append(isHead ? "</thead>\n" : "</tbody>\n");
        }
        html.Append("</table>\n</div>\n");
    }

    /// <summary>
    /// The header rows, then body groups: a row without figures after one with figures opens a new
    /// group (表二's blocks each start with their title and header lines). A rowspan never crosses a group.
    /// </summary>
    private static List<(int Start, int End, bool IsHead)> RowGroups(TableBlock table)
    {
        var groups = new List<(int, int, bool)>();
        if (table.HeaderRows > 0)
        {
            groups.Add((0, table.HeaderRows, true));
        }
        var start = table.HeaderRows;
        for (var r = start + 1; r < table.Rows.Length; r++)
        {
            if (!table.Rows[r].Any(c => c.IsFigure) && table.Rows[r - 1].Any(c => c.IsFigure))
            {
                groups.Add((start, r, false));
                start = r;
            }
        }
        if (start < table.Rows.Length)
        {
            groups.Add((start, table.Rows.Length, false));
        }
        return groups;
    }

    /// <summary>The cells row <paramref name="row"/> shows: Continue cells belong to the cell above and are left out.</summary>
    private static IEnumerable<Placed> Place(TableBlock table, int row, int groupEnd)
    {
        var column = 0;
        foreach (var cell in table.Rows[row])
        {
            if (cell.Merge != VerticalMerge.Continue)
            {
                var span = 1;
                while (cell.Merge == VerticalMerge.Restart && row + span < groupEnd && ContinuesAt(table.Rows[row + span], column))
                {
                    span++;
                }
                yield return new Placed(cell, column, span);
            }
            column += cell.ColumnSpan;
        }
    }

    private static bool ContinuesAt(System.Collections.Immutable.ImmutableArray<GridCell> row, int column)
    {
        var at = 0;
        foreach (var cell in row)
        {
            if (at == column)
            {
                return cell.Merge == VerticalMerge.Continue;
            }
            at += cell.ColumnSpan;
        }
        return false;
    }

    private static void Cell(StringBuilder html, Placed placed, bool isHead, bool rowHasFigures, int columns)
    {
        var cell = placed.Cell;
        var scope = cell.IsFigure ? null
            : isHead ? "col"
            : rowHasFigures ? "row"
            : cell.ColumnSpan == columns ? "rowgroup"
            : "col";
        html.Append(scope is null ? "<td" : "<th scope=\"").Append(scope is null ? string.Empty : scope + "\"");
        if (cell.ColumnSpan > 1)
        {
            html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
        }
        if (placed.RowSpan > 1)
        {
            html.Append(" rowspan=\"").Append(placed.RowSpan).Append('"');
        }
        if (cell.Alignment == CellAlignment.Left)
        {
            html.Append(" class=\"left\"");
        }
        html.Append('>');
        HtmlText.Append(html, cell.Text);
        html.Append(scope is null ? "</td>" : "</th>");
    }
}
