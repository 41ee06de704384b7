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
        var margin = small ? GbLayout.NarrowCellMargin : GbLayout.DefaultCellMargin;
        var cellMargin = WordXmlWriter.Num(margin);
        var textSize = small ? GbLayout.SizeXiaoWu : GbLayout.SizeWuHao;
        var figure = FigureFit.For(block, widths, margin, textSize);
        var keepWhole = FitsOnePage(block, widths, margin, textSize);
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
        var starts = block.BlockStarts.IsDefault ? [] : block.BlockStarts;
        for (var r = 0; r < block.Rows.Length; r++)
        {
            // keepNext on every paragraph of a row ties it to the next row, in Word and LibreOffice alike:
            // the whole table when it fits a page, else every row but the last of its block.
            var last = r == block.Rows.Length - 1;
            var keepNext = !last && (keepWhole || !starts.Contains(r + 1));
            Row(w, block.Rows[r], widths, new RowLook(styleId, r < block.HeaderRows, keepNext, figure));
        }
        w.End();
    }

    /// <summary>How a row is written: its cell style, whether it repeats on each page and stays with the next row, and the figures' size.</summary>
    private readonly record struct RowLook(string StyleId, bool Header, bool KeepNext, FigureFit Figure);

    /// <summary>
    /// The size (half-points) and, past the smallest size, the character scale at which the table's widest
    /// figure fits its narrowest figure cell on one line. All figures of a table share it: a figure is
    /// never split across lines ("1234" over "5"), and a column does not change size from row to row.
    /// </summary>
    private readonly record struct FigureFit(int HalfPoints, int Scale, bool Changed)
    {
        public static FigureFit For(TableBlock block, ImmutableArray<int> widths, int margin, int textSize)
        {
            var widestHalves = 0;
            var narrowest = int.MaxValue;
            foreach (var row in block.Rows)
            {
                var column = 0;
                foreach (var cell in row)
                {
                    if (cell.IsFigure)
                    {
                        widestHalves = Math.Max(widestHalves, XmlText.HalfCharWidth(cell.Text));
                        narrowest = Math.Min(narrowest, SpanWidth(widths, column, cell.ColumnSpan) - 2 * margin);
                    }
                    column += cell.ColumnSpan;
                }
            }
            if (widestHalves == 0)
            {
                return new FigureFit(textSize, 100, false);
            }
            // A half 字 at h half-points is h × 5 twips (TNR digits are exactly half an em). LibreOffice
            // rounds widths to 1/100 mm, so a figure that fits to the twip may still wrap: keep a quarter point.
            narrowest -= 5;
            if (widestHalves * textSize * 5 <= narrowest)
            {
                return new FigureFit(textSize, 100, false);
            }
            var smallest = textSize;
            foreach (var size in GbLayout.FigureSizes)
            {
                if (size >= textSize)
                {
                    continue;
                }
                smallest = size;
                if (widestHalves * size * 5 <= narrowest)
                {
                    return new FigureFit(size, 100, true);
                }
            }
            return new FigureFit(smallest, Math.Max(1, narrowest * 100 / (widestHalves * smallest * 5)), true);
        }
    }

    /// <summary>
    /// A cautious estimate of the table's height: each cell's text wrapped at its width, 1.4 lines of
    /// height per line, every row at least its minimum. A table kept whole that is longer than a page
    /// would break anywhere, so "fits" leaves room for the heading above it and for the estimate's error.
    /// </summary>
    private static bool FitsOnePage(TableBlock block, ImmutableArray<int> widths, int margin, int textSize)
    {
        var budget = GbLayout.TextHeight - 3 * GbLayout.LinePitch;
        var lineTwips = textSize * 10 * 14 / 10;
        var total = 0;
        foreach (var row in block.Rows)
        {
            var column = 0;
            var height = GbLayout.TableRowMinHeight;
            foreach (var cell in row)
            {
                var inner = Math.Max(1, SpanWidth(widths, column, cell.ColumnSpan) - 2 * margin);
                column += cell.ColumnSpan;
                if (cell.Merge == VerticalMerge.Continue || cell.IsFigure || cell.Text.Length == 0)
                {
                    continue;
                }
                // Characters per line, whole 字 only: a CJK line breaks between characters.
                var perLine = Math.Max(1, inner / (textSize * 10));
                var lines = (XmlText.HalfCharWidth(cell.Text) + 2 * perLine - 1) / (2 * perLine);
                height = Math.Max(height, lines * lineTwips + 2 * 20);
            }
            total += height;
            if (total > budget)
            {
                return false;
            }
        }
        return true;
    }

    private static int SpanWidth(ImmutableArray<int> widths, int column, int span)
    {
        var width = 0;
        for (var c = column; c < column + span && c < widths.Length; c++)
        {
            width += widths[c];
        }
        return width;
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

    private static void Row(WordXmlWriter w, ImmutableArray<GridCell> cells, ImmutableArray<int> widths, RowLook look)
    {
        w.Start(W.Tr);
        // trPr's children are an xsd:choice, so their order is free.
        w.Start(W.TrPr);
        w.Empty(W.CantSplit);
        w.Empty(W.TrHeight, ("val", WordXmlWriter.Num(GbLayout.TableRowMinHeight)), ("hRule", "atLeast"));
        if (look.Header)
        {
            w.Empty(W.TblHeader);
        }
        w.End();
        var column = 0;
        foreach (var cell in cells)
        {
            var width = SpanWidth(widths, column, cell.ColumnSpan);
            column += cell.ColumnSpan;
            Cell(w, cell, width, look);
        }
        w.End();
    }

    private static void Cell(WordXmlWriter w, GridCell cell, int width, RowLook look)
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
        w.Value(W.PStyle, look.StyleId);
        if (look.KeepNext)
        {
            w.Empty(W.KeepNext);
        }
        if (cell.Alignment == CellAlignment.Left)
        {
            w.Value(W.Jc, "left");
        }
        w.End();
        // Word shows a continued cell's text under the merged one; the text belongs to the Restart cell only.
        if (cell.Merge != VerticalMerge.Continue)
        {
            if (cell.IsFigure && look.Figure.Changed)
            {
                DocxParagraphs.SizedRun(w, cell.Text, look.Figure.HalfPoints, look.Figure.Scale);
            }
            else
            {
                DocxParagraphs.Run(w, cell.Text, RunStyle.Plain);
            }
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
