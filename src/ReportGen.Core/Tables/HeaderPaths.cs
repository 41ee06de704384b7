namespace ReportGen.Tables;

/// <summary>
/// The column labels of a header of several rows, as the official forms draw them (表三's applicant
/// groups, 表四's 行政复议 / 行政诉讼 / 未经复议直接起诉): each column's label is the lowest non-empty header
/// cell above it, prefixed by the merged group cells above that. A merged cell's text stands in its
/// leftmost column, so upper rows are filled in from the left.
/// </summary>
internal static class HeaderPaths
{
    /// <summary>The label parts of each of <paramref name="width"/> columns, outermost first.</summary>
    /// <param name="alignRight">
    /// Align the header rows on their right end, where the figures are: text from a PDF loses the empty
    /// cells on the left of a row. A tally file keeps every cell, so its rows are aligned on the left.
    /// </param>
    public static List<List<string>> Compose(IReadOnlyList<IReadOnlyList<string>> rows, int width, bool alignRight)
    {
        var aligned = rows
            .Select(r => Enumerable.Range(0, width).Select(p => At(r, alignRight ? r.Count - width + p : p)).ToArray())
            .ToList();
        var result = new List<List<string>>(width);
        for (var p = 0; p < width; p++)
        {
            var leaf = aligned.FindLastIndex(row => row[p].Length > 0);
            var parts = new List<string>();
            for (var h = 0; h < leaf; h++)
            {
                var filled = FillFromLeft(aligned[h], p);
                if (filled.Length > 0)
                {
                    parts.Add(filled);
                }
            }
            if (leaf >= 0)
            {
                parts.Add(aligned[leaf][p]);
            }
            result.Add(Deduplicated(parts));
        }
        return result;
    }

    private static string At(IReadOnlyList<string> row, int index) => index >= 0 && index < row.Count ? row[index] : string.Empty;

    private static string FillFromLeft(string[] row, int column)
    {
        for (var i = column; i >= 0; i--)
        {
            if (row[i].Length > 0)
            {
                return row[i];
            }
        }
        return string.Empty;
    }

    /// <summary>A group cell repeated in the row below (a merge split by the converter) counts once.</summary>
    private static List<string> Deduplicated(List<string> parts)
    {
        var result = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            if (result.Count == 0 || Format.LabelMatcher.Normalise(result[^1]) != Format.LabelMatcher.Normalise(part))
            {
                result.Add(part);
            }
        }
        return result;
    }
}
