using System.Collections.Frozen;
using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;

namespace ReportGen.Workbook;

/// <summary>A cell of the form on its sheet: a label with its text, or the place of a figure of the table.</summary>
internal sealed record LaidCell(int Row, int Column, string Text, CellAlignment Alignment, CellRef? Figure);

/// <summary>
/// Where a statutory table stands on its sheet of tables.xlsx: the title in row 1, then the form exactly
/// as the .docx draws it (<see cref="StatutoryTableRenderer.FormOf"/>: the same labels, spans and
/// merges), each grid cell of the form one sheet cell. The writer lays a sheet out from this and the
/// reader finds the figures by it, so the two cannot disagree.
/// </summary>
internal sealed class TableSheetLayout
{
    public const int TitleRow = 1;

    /// <summary>The width of a figure column, in characters of the default font: seven digits and room to spare.</summary>
    private const double FigureWidth = 11;

    private static readonly Lazy<FrozenDictionary<TableSpec, TableSheetLayout>> Layouts =
        new(() => StatutoryFormat.Tables.ToFrozenDictionary(t => t, t => new TableSheetLayout(t)));

    private readonly Dictionary<CellRef, (int Row, int Column)> figures = new(CellRefComparer.Instance);

    private TableSheetLayout(TableSpec spec)
    {
        Spec = spec;
        var form = StatutoryTableRenderer.FormOf(spec);
        var block = form.Block;
        var cells = ImmutableArray.CreateBuilder<LaidCell>();
        var merges = ImmutableArray.CreateBuilder<CellRange>();
        // An open vertical merge per grid column it starts in: its first row and its span.
        var open = new Dictionary<int, (int Row, int Span)>();
        var lastRow = TitleRow;
        for (var r = 0; r < block.Rows.Length; r++)
        {
            var sheetRow = TitleRow + 1 + r;
            lastRow = sheetRow;
            var slots = form.SlotsByRow[r].ToDictionary(s => s.Cell);
            var column = 1;
            for (var i = 0; i < block.Rows[r].Length; i++)
            {
                var grid = block.Rows[r][i];
                if (grid.Merge != VerticalMerge.Continue && open.Remove(column, out var ended))
                {
                    Close(ended.Row, column, sheetRow - 1, ended.Span);
                }
                if (grid.Merge == VerticalMerge.Restart)
                {
                    open[column] = (sheetRow, grid.ColumnSpan);
                }
                else if (grid.Merge == VerticalMerge.None && grid.ColumnSpan > 1)
                {
                    merges.Add(new CellRange(sheetRow, column, sheetRow, column + grid.ColumnSpan - 1));
                }
                CellRef? figure = slots.TryGetValue(i, out var slot) ? new CellRef(slot.RowKey, slot.ColumnKey) : null;
                if (figure is { } f)
                {
                    figures[f] = (sheetRow, column);
                }
                cells.Add(new LaidCell(sheetRow, column, grid.Text, grid.Alignment, figure));
                column += grid.ColumnSpan;
            }
        }
        foreach (var (column, (row, span)) in open)
        {
            Close(row, column, lastRow, span);
        }
        Width = block.ColumnWeights.Length;
        Cells = cells.ToImmutable();
        Merges = [new CellRange(TitleRow, 1, TitleRow, Width), .. merges.OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn)];
        LastRow = lastRow;
        HeaderRows = TitleRow + block.HeaderRows;
        LabelColumns = spec.Layout switch
        {
            TableLayout.Matrix => spec.Rows.Max(r => r.Groups.Length) + 1,
            TableLayout.Blocks => 1,
            _ => 0,
        };
        // Widths follow the form's own column weights, scaled so a figure column holds seven digits.
        var figureWeight = (double)block.ColumnWeights[^1];
        ColumnWidths = [.. block.ColumnWeights.Select(w => Math.Max(4, Math.Round(w * FigureWidth / figureWeight, 1)))];
        var rowLabels = spec.Rows.Select(r => r.Label).ToHashSet(StringComparer.Ordinal);
        FormTexts = Cells.Where(c => c.Figure is null && c.Text.Length > 0 && !rowLabels.Contains(c.Text)).Select(c => c.Text)
            .Append(spec.DisplayName).ToFrozenSet(StringComparer.Ordinal);

        void Close(int first, int column, int last, int span)
        {
            if (last > first || span > 1)
            {
                merges.Add(new CellRange(first, column, last, column + span - 1));
            }
        }
    }

    public TableSpec Spec { get; }

    /// <summary>Every cell of the form, labels and figure places, row by row (title not included).</summary>
    public ImmutableArray<LaidCell> Cells { get; }

    /// <summary>The title across the table, then the form's merges.</summary>
    public ImmutableArray<CellRange> Merges { get; }

    public int Width { get; }

    public int LastRow { get; }

    /// <summary>The title and header rows: the rows frozen on screen and repeated on each printed page.</summary>
    public int HeaderRows { get; }

    /// <summary>The columns left of the figures that hold row labels (表三: three, 表二: one, 表四: none).</summary>
    public int LabelColumns { get; }

    public ImmutableArray<double> ColumnWidths { get; }

    /// <summary>The texts of the form that are not row labels (headers, groups, block titles, the title): a row of only these holds no figures.</summary>
    public FrozenSet<string> FormTexts { get; }

    public static TableSheetLayout Of(TableSpec spec) => Layouts.Value[spec];

    /// <summary>The sheet row and column of a figure of the table.</summary>
    public (int Row, int Column) FigureAt(CellRef cell) => figures[cell];

    /// <summary>The row a merged cell range starting at a cell covers down to, for laying out heights.</summary>
    public bool IsMergedDown(int row, int column) => Merges.Any(m => m.FirstRow == row && m.FirstColumn == column && m.LastRow > m.FirstRow);

    /// <summary>The width in characters of the cells a form cell covers.</summary>
    public double WidthAt(int row, int column)
    {
        foreach (var m in Merges)
        {
            if (m.FirstRow == row && m.FirstColumn == column)
            {
                return ColumnWidths.Skip(column - 1).Take(m.LastColumn - m.FirstColumn + 1).Sum();
            }
        }
        return ColumnWidths[column - 1];
    }
}
