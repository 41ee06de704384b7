using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Tests.Publish;

/// <summary>
/// What the official form says about a table, from the format's description alone (not from the
/// renderer): which cell a figure named by its headers is, and every header cell with its spans.
/// </summary>
internal static class OfficialForm
{
    /// <summary>The cell of <paramref name="spec"/> that a figure with these headers shows, or null.</summary>
    public static CellRef? CellOf(TableSpec spec, PageFigure figure)
    {
        switch (spec.Layout)
        {
            case TableLayout.Blocks:
                var blockRow = spec.Rows.SingleOrDefault(r => figure.RowHeaders.SequenceEqual([r.Label]) && r.Groups[0] == figure.Group);
                var blockColumn = blockRow?.Columns.SingleOrDefault(c => figure.ColumnHeaders.SequenceEqual([spec.Column(c).Label]));
                return blockRow is null || blockColumn is null ? null : new CellRef(blockRow.Key, blockColumn);
            case TableLayout.Matrix:
                var row = spec.Rows.SingleOrDefault(r => r.Groups.Append(r.Label).SequenceEqual(figure.RowHeaders));
                var column = spec.Columns.SingleOrDefault(c => c.Groups.Append(c.Label).SequenceEqual(figure.ColumnHeaders));
                return row is null || column is null ? null : new CellRef(row.Key, column.Key);
            default:
                return figure.RowHeaders.Count > 0 ? null
                    : spec.Cells.Cast<CellRef?>().SingleOrDefault(c => FlatPath(spec, c!.Value).SequenceEqual(figure.ColumnHeaders));
        }
    }

    /// <summary>Every header cell of the official form: its text, scope and spans, sorted for comparison.</summary>
    public static ImmutableArray<PageHeader> Headers(TableSpec spec)
    {
        var headers = new List<PageHeader>();
        switch (spec.Layout)
        {
            case TableLayout.Blocks:
                var width = spec.Rows.Max(r => r.Columns.Length) + 1;
                foreach (var block in spec.Rows.GroupBy(r => r.Groups[0]))
                {
                    var columns = block.First().Columns;
                    headers.Add(new(block.Key, "rowgroup", 1, width));
                    headers.Add(new(spec.RowHeaderLabel, "col", 1, 1));
                    headers.AddRange(columns.Select(c => new PageHeader(spec.Column(c).Label, "col", 1, columns.Length == 1 ? width - 1 : 1)));
                    headers.AddRange(block.Select(r => new PageHeader(r.Label, "row", 1, 1)));
                }
                break;
            case TableLayout.Matrix:
                var labelColumns = spec.Rows.Max(r => r.Groups.Length) + 1;
                var paths = spec.Columns.Select(c => c.Groups.Append(c.Label).ToImmutableArray()).ToList();
                headers.Add(new(spec.CornerLabel ?? string.Empty, "col", paths.Max(p => p.Length), labelColumns));
                headers.AddRange(PathHeaders(paths));
                headers.AddRange(spec.Rows.SelectMany(r => r.Groups).Distinct()
                    .Select(g => new PageHeader(g, "row", spec.Rows.Count(r => r.Groups.Contains(g)), 1)));
                headers.AddRange(spec.Rows.Select(r => new PageHeader(r.Label, "row", 1, labelColumns - r.Groups.Length)));
                break;
            default:
                headers.AddRange(PathHeaders([.. spec.Cells.Select(c => FlatPath(spec, c))]));
                break;
        }
        return Sorted(headers);
    }

    public static ImmutableArray<PageHeader> Sorted(IEnumerable<PageHeader> headers) =>
        [.. headers.OrderBy(h => h.Text, StringComparer.Ordinal).ThenBy(h => h.Scope, StringComparer.Ordinal).ThenBy(h => h.RowSpan).ThenBy(h => h.ColumnSpan)];

    private static ImmutableArray<string> FlatPath(TableSpec spec, CellRef cell)
    {
        var row = spec.Row(cell.Row);
        return row.Groups.Append(row.Label).Append(spec.Column(cell.Column).Label).ToImmutableArray();
    }

    /// <summary>Column headers over label paths: a group spans the columns under it; a short path's leaf reaches down to the last header row.</summary>
    private static IEnumerable<PageHeader> PathHeaders(List<ImmutableArray<string>> paths)
    {
        var depth = paths.Max(p => p.Length);
        for (var level = 0; level < depth; level++)
        {
            var prefixes = paths.Where(p => p.Length > level).Select(p => p.Take(level + 1).ToImmutableArray())
                .DistinctBy(p => string.Join('\u0001', p));
            foreach (var prefix in prefixes)
            {
                var under = paths.Count(p => p.Length > level && p.Take(level + 1).SequenceEqual(prefix));
                var isLeaf = paths.Any(p => p.Length == level + 1 && p.SequenceEqual(prefix));
                yield return new PageHeader(prefix[level], "col", isLeaf ? depth - level : 1, under);
            }
        }
    }
}
