using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>A generic grid as a Word table: full text-block width, 0.5 pt rules, merges, repeated headers.</summary>
internal static class DocxTables
{
    public static void Write(WordXmlWriter w, TableBlock block)
    {
        // DocxReportWriter checks every table's shape before it writes a byte.
        var widths = ScaleWidths(block.ColumnWeights, GbLayout.TextWidth);

        var small = block.TextSize == TableTextSize.Small;
        var cellMargin = WordXmlWriter.Num(small ? GbLayout.NarrowCellMargin : GbLayout.DefaultCellMargin);
        w.Start(W.Tbl);
        w.Start(W.TblPr);
        w.Empty(W.TblW, ("w", WordXmlWriter.Num(GbLayout.TextWidth)), ("type", "dxa"));
        w.Value(W.Jc, "center");
        w.Start(W.TblBorders);
        foreach (var side in (ReadOnlySpan<OpenXmlElement>)[W.Top, W.Left, W.Bottom, W.Right, W.InsideH, W.InsideV])
        {
            // 0.5 pt = sz 4 (eighths of a point).
            w.Empty(side, ("val", "single"), ("color", "000000"), ("sz", "4"), ("space", "0"));
        }
        w.End();
        // Fixed layout: Word must not re-flow the columns from their content.
        w.Empty(W.TblLayout, ("type", "fixed"));
        w.Start(W.TblCellMar);
        w.Empty(W.Left, ("w", cellMargin), ("type", "dxa"));
        w.Empty(W.Right, ("w", cellMargin), ("type", "dxa"));
        w.End();
        w.End();
        w.Start(W.TblGrid);
        foreach (var width in widths)
        {
            w.Empty(W.GridCol, ("w", WordXmlWriter.Num(width)));
        }
        w.End();

        var styleId = small ? DocxStyles.TableTextSmall : DocxStyles.TableText;
        for (var r = 0; r < block.Rows.Length; r++)
        {
            Row(w, block.Rows[r], widths, styleId, header: r < block.HeaderRows);
        }
        w.End();
    }

    /// <summary>Largest-remainder rounding: the columns sum to exactly <paramref name="total"/>, ties go left.</summary>
    public static ImmutableArray<int> ScaleWidths(ImmutableArray<int> weights, int total)
    {
        if (weights.IsDefaultOrEmpty || weights.Any(w => w <= 0))
        {
            throw new ArgumentException("表格列宽权重必须为正数且至少一列。", nameof(weights));
        }
        long sum = weights.Sum(w => (long)w);
        var widths = new int[weights.Length];
        var remainders = new long[weights.Length];
        var used = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (long)weights[i] * total;
            widths[i] = (int)(exact / sum);
            remainders[i] = exact % sum;
            used += widths[i];
        }
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(total - used))
        {
            widths[i]++;
        }
        return [.. widths];
    }

    private static void Row(WordXmlWriter w, ImmutableArray<GridCell> cells, ImmutableArray<int> widths, string styleId, bool header)
    {
        w.Start(W.Tr);
        // trPr's children are an xsd:choice, so their order is free.
        w.Start(W.TrPr);
        w.Empty(W.CantSplit);
        w.Empty(W.TrHeight, ("val", WordXmlWriter.Num(GbLayout.TableRowMinHeight)), ("hRule", "atLeast"));
        if (header)
        {
            w.Empty(W.TblHeader);
        }
        w.End();
        var column = 0;
        foreach (var cell in cells)
        {
            var width = 0;
            for (var c = column; c < column + cell.ColumnSpan; c++)
            {
                width += widths[c];
            }
            column += cell.ColumnSpan;
            Cell(w, cell, width, styleId);
        }
        w.End();
    }

    private static void Cell(WordXmlWriter w, GridCell cell, int width, string styleId)
    {
        w.Start(W.Tc);
        w.Start(W.TcPr);
        w.Empty(W.TcW, ("w", WordXmlWriter.Num(width)), ("type", "dxa"));
        if (cell.ColumnSpan > 1)
        {
            w.Value(W.GridSpan, cell.ColumnSpan);
        }
        if (cell.Merge != VerticalMerge.None)
        {
            w.Value(W.VMerge, cell.Merge == VerticalMerge.Restart ? "restart" : "continue");
        }
        w.Value(W.VAlign, "center");
        w.End();

        w.Start(W.P);
        w.Start(W.PPr);
        w.Value(W.PStyle, styleId);
        if (cell.Alignment == CellAlignment.Left)
        {
            w.Value(W.Jc, "left");
        }
        w.End();
        // Word shows a continued cell's text under the merged one; the text belongs to the Restart cell only.
        if (cell.Merge != VerticalMerge.Continue)
        {
            DocxParagraphs.Run(w, cell.Text, RunStyle.Plain);
        }
        w.End();
        w.End();
    }

    /// <summary>A grid that does not add up is a bug in the Render stage; Word would show a ragged table.</summary>
    public static void CheckShape(TableBlock block)
    {
        var columns = ScaleWidths(block.ColumnWeights, GbLayout.TextWidth).Length;
        if (block.HeaderRows < 0 || block.HeaderRows > block.Rows.Length)
        {
            throw new ArgumentException($"表格 {block.Key} 的表头行数 {block.HeaderRows} 超出行数 {block.Rows.Length}。", nameof(block));
        }
        for (var r = 0; r < block.Rows.Length; r++)
        {
            var spans = block.Rows[r].Sum(c => c.ColumnSpan);
            if (block.Rows[r].Any(c => c.ColumnSpan < 1) || spans != columns)
            {
                throw new ArgumentException($"表格 {block.Key} 第 {r + 1} 行共跨 {spans} 列，应为 {columns} 列。", nameof(block));
            }
        }
    }
}
