using ReportGen.Format;

namespace ReportGen.Import;

/// <summary>
/// Text that is nothing but a statutory table's own structure: block titles ("第二十条第（六）项"), header
/// labels ("信息内容本年处理决定数量"), group labels and captions ("表二：主动公开政府信息情况"). A converter
/// that lost the table grid leaves them as lines of text; they are the table's, never the narrative's.
/// </summary>
internal static class TableStructure
{
    private static readonly Lazy<string[]> Labels = new(() =>
    [
        .. StatutoryFormat.Tables.SelectMany(t => new[] { t.RowHeaderLabel, t.ColumnsTitle, t.CornerLabel, t.Title, $"{t.Number}：{t.Title}", $"{t.Number}{t.Title}", t.Number }
            .Concat(t.Columns.Select(c => c.Label)).Concat(t.Columns.SelectMany(c => c.Groups))
            .Concat(t.Rows.SelectMany(r => r.Groups)))
            .Concat(StatutoryFormat.Editions.SelectMany(e => e.Tables).SelectMany(t => t.Columns.Keys))
            .OfType<string>().Where(l => l.Length > 0).Select(LabelMatcher.Normalise).Distinct().OrderByDescending(l => l.Length),
    ]);

    /// <summary>The structure labels the text consists of, in order; null when any of it is something else.</summary>
    public static List<string>? Tokens(string text)
    {
        var rest = LabelMatcher.Normalise(text);
        if (rest.Length == 0)
        {
            return null;
        }
        var tokens = new List<string>();
        while (rest.Length > 0)
        {
            var label = Labels.Value.FirstOrDefault(l => rest.StartsWith(l, StringComparison.Ordinal));
            if (label is null)
            {
                return null;
            }
            tokens.Add(label);
            rest = rest[label.Length..];
        }
        return tokens;
    }

    public static bool IsStructure(string text) => Tokens(text) is not null;

    /// <summary>"表二：主动公开政府信息情况", "表二": a table's caption, which says nothing the table does not.</summary>
    public static bool IsCaption(string text)
    {
        var normalised = LabelMatcher.Normalise(text);
        return StatutoryFormat.Tables.Any(t => normalised == LabelMatcher.Normalise($"{t.Number}：{t.Title}")
            || normalised == LabelMatcher.Normalise($"{t.Number}{t.Title}") || normalised == LabelMatcher.Normalise(t.Number));
    }

    /// <summary>
    /// Text made of pieces (two characters or more) of header labels, as a PDF leaves a header whose
    /// labels were set over two lines ("结果结果其他尚未", "维持纠正结果审结").
    /// </summary>
    public static bool IsPieces(string text)
    {
        var rest = LabelMatcher.Normalise(text);
        if (rest.Length < 2)
        {
            return false;
        }
        while (rest.Length > 0)
        {
            var length = Enumerable.Range(2, Math.Max(0, rest.Length - 1)).Reverse()
                .FirstOrDefault(n => Labels.Value.Any(l => l.Contains(rest[..n], StringComparison.Ordinal)));
            if (length == 0)
            {
                return false;
            }
            rest = rest[length..];
        }
        return true;
    }
}
