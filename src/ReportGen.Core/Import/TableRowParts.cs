namespace ReportGen.Import;

/// <summary>
/// A table row taken apart: the label cells (merged group labels first, the row's own label last) and
/// the value cells after the last label. Covered grid cells of a merge are labels' copies or a spanned
/// figure's copies, so they never count as figures of their own.
/// </summary>
internal sealed record TableRowParts(IReadOnlyList<string> Labels, IReadOnlyList<string> Values, SourceRow Row)
{
    public string? Label => Labels.Count > 0 ? Labels[^1] : null;

    public bool HasFigure => Values.Any(v => v.Length > 0);

    public static TableRowParts Of(SourceRow row)
    {
        var cells = row.Cells;
        var last = -1;
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (cells[i].Text.Length > 0 && !TextShapes.IsValueLike(cells[i].Text))
            {
                last = i;
                break;
            }
        }
        var labels = new List<string>();
        for (var i = 0; i <= last; i++)
        {
            var text = cells[i].Text;
            if (text.Length > 0 && (labels.Count == 0 || labels[^1] != text))
            {
                labels.Add(text);
            }
        }
        var values = cells.Skip(last + 1).Where(c => !c.Covered).Select(c => c.Text).ToList();
        return new TableRowParts(labels, values, row);
    }

    /// <summary>
    /// The last <paramref name="count"/> values, dropping blank cells beyond them: PDF-to-text leaves empty
    /// cells where merged label cells were (on the left) and trailing separators (on the right).
    /// Null when the row has fewer values than the table or extra figures that cannot be told apart.
    /// </summary>
    public IReadOnlyList<string>? Exactly(int count)
    {
        var values = Values.ToList();
        while (values.Count > count && values[^1].Length == 0)
        {
            values.RemoveAt(values.Count - 1);
        }
        while (values.Count > count && values[0].Length == 0)
        {
            values.RemoveAt(0);
        }
        return values.Count == count ? values : null;
    }
}
