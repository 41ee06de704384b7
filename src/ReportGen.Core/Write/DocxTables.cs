using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Model;
using ModelMerge = ReportGen.Model.VerticalMerge;
using WordMerge = DocumentFormat.OpenXml.Wordprocessing.VerticalMerge;

namespace ReportGen.Write;

/// <summary>A generic grid as a Word table: full text-block width, 0.5 pt rules, merges, repeated headers.</summary>
internal static class DocxTables
{
    public static Table Build(TableBlock block)
    {
        var widths = ScaleWidths(block.ColumnWeights, GbLayout.TextWidth);
        CheckShape(block, widths.Length);

        var small = block.TextSize == TableTextSize.Small;
        var cellMargin = small ? GbLayout.NarrowCellMargin : GbLayout.DefaultCellMargin;
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = DocxParagraphs.Num(GbLayout.TextWidth), Type = TableWidthUnitValues.Dxa },
                TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
                TableBorders = Borders(),
                // Fixed layout: Word must not re-flow the columns from their content.
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa }),
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = DocxParagraphs.Num(w) })));

        var styleId = small ? DocxStyles.TableTextSmall : DocxStyles.TableText;
        for (var r = 0; r < block.Rows.Length; r++)
        {
            table.Append(Row(block.Rows[r], widths, styleId, header: r < block.HeaderRows));
        }
        return table;
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

    private static TableRow Row(ImmutableArray<GridCell> cells, ImmutableArray<int> widths, string styleId, bool header)
    {
        // trPr's children are an xsd:choice, so their order is free.
        var properties = new TableRowProperties(
            new CantSplit(),
            new TableRowHeight { Val = (uint)GbLayout.TableRowMinHeight, HeightType = HeightRuleValues.AtLeast });
        if (header)
        {
            properties.Append(new TableHeader());
        }
        var row = new TableRow(properties);
        var column = 0;
        foreach (var cell in cells)
        {
            var width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
            column += cell.ColumnSpan;
            row.Append(Cell(cell, width, styleId));
        }
        return row;
    }

    private static TableCell Cell(GridCell cell, int width, string styleId)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = DocxParagraphs.Num(width), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (cell.ColumnSpan > 1)
        {
            properties.GridSpan = new GridSpan { Val = cell.ColumnSpan };
        }
        if (cell.Merge != ModelMerge.None)
        {
            properties.VerticalMerge = new WordMerge
            {
                Val = cell.Merge == ModelMerge.Restart ? MergedCellValues.Restart : MergedCellValues.Continue,
            };
        }

        var paragraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (cell.Alignment == CellAlignment.Left)
        {
            paragraphProperties.Justification = new Justification { Val = JustificationValues.Left };
        }
        var paragraph = new Paragraph(paragraphProperties);
        // Word shows a continued cell's text under the merged one; the text belongs to the Restart cell only.
        if (cell.Merge != ModelMerge.Continue)
        {
            DocxParagraphs.AppendText(paragraph, cell.Text, null);
        }
        return new TableCell(properties, paragraph);
    }

    private static TableBorders Borders()
    {
        // 0.5 pt = sz 4 (eighths of a point).
        static T Rule<T>() where T : BorderType, new() =>
            new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };
        return new TableBorders(
            Rule<TopBorder>(),
            Rule<LeftBorder>(),
            Rule<BottomBorder>(),
            Rule<RightBorder>(),
            Rule<InsideHorizontalBorder>(),
            Rule<InsideVerticalBorder>());
    }

    /// <summary>A grid that does not add up is a bug in the Render stage; Word would show a ragged table.</summary>
    private static void CheckShape(TableBlock block, int columns)
    {
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
