using System.Collections.Immutable;
using System.Collections.Frozen;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Render;

/// <summary>
/// Draws a statutory table as the official form does, from the format's description alone: header
/// rows from the column groups (merged across and down), label cells from the row groups (merged down).
/// </summary>
internal static class StatutoryTableRenderer
{
    /// <summary>A figure cell of a drawn form: its position in the row and which cell of the table it shows.</summary>
    private readonly record struct FigureSlot(int Cell, string RowKey, string ColumnKey);

    /// <summary>A table as drawn from its description, figure cells empty; per row, its figure cells.</summary>
    private sealed record Form(TableBlock Block, ImmutableArray<ImmutableArray<FigureSlot>> SlotsByRow);

    /// <summary>
    /// Labels, spans and merges are the same in every report; only the figures differ. Each statutory
    /// table is drawn once per process (a batch renders hundreds of reports) and filled per report.
    /// </summary>
    private static readonly FrozenDictionary<TableSpec, Form> Forms =
        StatutoryFormat.Tables.ToFrozenDictionary(t => t, Draw);

    public static TableBlock Render(TableData table)
    {
        var form = Forms.GetValueOrDefault(table.Spec) ?? Draw(table.Spec);
        var rows = form.Block.Rows.ToBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            if (form.SlotsByRow[r].IsEmpty)
            {
                continue;
            }
            var cells = rows[r].ToBuilder();
            foreach (var slot in form.SlotsByRow[r])
            {
                cells[slot.Cell] = cells[slot.Cell] with { Text = Figure(table, slot.RowKey, slot.ColumnKey) };
            }
            rows[r] = cells.MoveToImmutable();
        }
        return form.Block with { Rows = rows.MoveToImmutable() };
    }

    /// <summary>Draws the form with a marker in each figure cell (\0 never occurs in a label), then records where the markers landed.</summary>
    private static Form Draw(TableSpec spec)
    {
        var cells = new List<(string Row, string Column)>();
        string Mark(string row, string column)
        {
            cells.Add((row, column));
            return $"\0{cells.Count - 1}";
        }
        var block = spec.Layout switch
        {
            TableLayout.Blocks => Blocks(spec, Mark),
            TableLayout.Matrix => Matrix(spec, Mark),
            _ => Flat(spec, Mark),
        };
        var slotsByRow = ImmutableArray.CreateBuilder<ImmutableArray<FigureSlot>>();
        var rows = block.Rows.ToBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            var slots = ImmutableArray.CreateBuilder<FigureSlot>();
            var row = rows[r].ToBuilder();
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c].Text.StartsWith('\0'))
                {
                    var (rowKey, columnKey) = cells[int.Parse(row[c].Text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)];
                    slots.Add(new FigureSlot(c, rowKey, columnKey));
                    row[c] = row[c] with { Text = string.Empty, IsFigure = true };
                }
            }
            rows[r] = row.MoveToImmutable();
            slotsByRow.Add(slots.ToImmutable());
        }
        return new Form(block with { Rows = rows.MoveToImmutable(), Caption = spec.DisplayName }, slotsByRow.ToImmutable());
    }

    /// <summary>表二: per block a title row across the table, a header row, then its rows.</summary>
    private static TableBlock Blocks(TableSpec spec, Func<string, string, string> figure)
    {
        var width = spec.Rows.Max(r => r.Columns.Length) + 1;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<GridCell>>();
        var starts = ImmutableArray.CreateBuilder<int>();
        foreach (var block in spec.Rows.GroupBy(r => r.Groups[0]))
        {
            var columns = block.First().Columns;
            // A "第二十条第（x）项" title and its sub-header mean nothing without the figures below them.
            starts.Add(rows.Count);
            rows.Add([new GridCell(block.Key, width)]);
            rows.Add([new GridCell(spec.RowHeaderLabel), .. columns.Select(c => new GridCell(spec.Column(c).Label, columns.Length == 1 ? width - 1 : 1))]);
            foreach (var row in block)
            {
                rows.Add([new GridCell(row.Label), .. row.Columns.Select(c => new GridCell(figure(row.Key, c), columns.Length == 1 ? width - 1 : 1))]);
            }
        }
        return new TableBlock(spec.Key, spec.ColumnWeights, 0, rows.ToImmutable(), TableTextSize.Normal, starts.ToImmutable());
    }

    /// <summary>表三: the corner cell and the applicant header over three rows, label cells merged down the left.</summary>
    private static TableBlock Matrix(TableSpec spec, Func<string, string, string> figure)
    {
        var labelColumns = spec.Rows.Max(r => r.Groups.Length) + 1;
        var paths = spec.Columns.Select(c => c.Groups.Append(c.Label).ToImmutableArray()).ToList();
        var header = HeaderRows(paths);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<GridCell>>();
        for (var h = 0; h < header.Count; h++)
        {
            var corner = new GridCell(h == 0 ? spec.CornerLabel ?? string.Empty : string.Empty, labelColumns, h == 0 ? VerticalMerge.Restart : VerticalMerge.Continue);
            rows.Add([corner, .. header[h]]);
        }
        RowSpec? previous = null;
        var starts = ImmutableArray.CreateBuilder<int>();
        foreach (var row in spec.Rows)
        {
            // A page may break only between the top-level groups (一、 二、 三、 四、): inside one, a
            // label merged down the left ("三、本年度办理结果") would be cut in two.
            if (previous is not null && (row.Groups.Length == 0 || previous.Groups.Length == 0 || row.Groups[0] != previous.Groups[0]))
            {
                starts.Add(rows.Count);
            }
            var cells = new List<GridCell>();
            for (var g = 0; g < row.Groups.Length; g++)
            {
                var continues = previous is not null && previous.Groups.Length > g && previous.Groups.Take(g + 1).SequenceEqual(row.Groups.Take(g + 1));
                cells.Add(new GridCell(continues ? string.Empty : row.Groups[g], 1, continues ? VerticalMerge.Continue : VerticalMerge.Restart));
            }
            cells.Add(new GridCell(row.Label, labelColumns - row.Groups.Length, VerticalMerge.None, CellAlignment.Left));
            cells.AddRange(spec.Columns.Select(c => new GridCell(figure(row.Key, c.Key))));
            rows.Add([.. cells]);
            previous = row;
        }
        return new TableBlock(spec.Key, spec.ColumnWeights, header.Count, rows.ToImmutable(), TableTextSize.Normal, starts.ToImmutable());
    }

    /// <summary>表四: one row of figures under a header built from row groups, rows and columns.</summary>
    private static TableBlock Flat(TableSpec spec, Func<string, string, string> figure)
    {
        var cells = spec.Cells.ToList();
        var paths = cells.Select(c =>
        {
            var row = spec.Row(c.Row);
            return row.Groups.Append(row.Label).Append(spec.Column(c.Column).Label).ToImmutableArray();
        }).ToList();
        var header = HeaderRows(paths);
        var rows = header.Select(h => h).ToImmutableArray().ToBuilder();
        rows.Add([.. cells.Select(c => new GridCell(figure(c.Row, c.Column)))]);
        // One block: header rows without their figures mean nothing.
        return new TableBlock(spec.Key, spec.ColumnWeights, header.Count, rows.ToImmutable(), TableTextSize.Small, []);
    }

    /// <summary>
    /// Header rows for columns given by their label paths: equal neighbouring groups merge across;
    /// a path shorter than the deepest ends in a cell merged down to the last header row.
    /// </summary>
    private static List<ImmutableArray<GridCell>> HeaderRows(List<ImmutableArray<string>> paths)
    {
        var depth = paths.Max(p => p.Length);
        var rows = new List<ImmutableArray<GridCell>>();
        for (var level = 0; level < depth; level++)
        {
            var row = new List<GridCell>();
            var i = 0;
            while (i < paths.Count)
            {
                var path = paths[i];
                if (level >= path.Length)
                {
                    row.Add(new GridCell(string.Empty, 1, VerticalMerge.Continue));
                    i++;
                    continue;
                }
                var isLeaf = level == path.Length - 1;
                var span = 1;
                while (!isLeaf && i + span < paths.Count && paths[i + span].Length > level + 1
                    && paths[i + span].Take(level + 1).SequenceEqual(path.Take(level + 1)))
                {
                    span++;
                }
                var merge = isLeaf && path.Length < depth ? VerticalMerge.Restart : VerticalMerge.None;
                row.Add(new GridCell(path[level], span, merge));
                i += span;
            }
            rows.Add([.. row]);
        }
        return rows;
    }

    private static string Figure(TableData table, string row, string column) =>
        TemplateModel.FormatFigure(table[row, column], table.Spec.Column(column).Kind);
}
