namespace ReportGen.Import;

/// <summary>
/// Reads the column labels of a multi-row table header, one per value column. Each column's label is
/// the lowest non-empty header cell above it, prefixed by the merged group cells above that (a merged
/// cell's text sits in its leftmost column, so upper rows are filled in from the left).
/// </summary>
internal static class HeaderGrid
{
    /// <summary>Label parts per value column; header rows are aligned on their right end, where the figures are.</summary>
    public static List<List<string>> Compose(IReadOnlyList<SourceRow> headerRows, int width)
    {
        var aligned = headerRows
            .Select(r => Enumerable.Range(0, width).Select(p => At(r, r.Cells.Length - width + p)).ToArray())
            .ToList();
        var result = new List<List<string>>();
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

    private static string At(SourceRow row, int index) => index >= 0 && index < row.Cells.Length ? row.Cells[index].Text : string.Empty;

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

    private static List<string> Deduplicated(List<string> parts)
    {
        var result = new List<string>();
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
