using ReportGen.Format;

namespace ReportGen.Tables;

/// <summary>Maps the labels of a header line to the format's columns, reporting unknown, repeated and missing ones.</summary>
internal static class HeaderColumns
{
    /// <param name="labels">The header's label per column position (cells before <paramref name="firstIndex"/> are not columns).</param>
    /// <param name="optional">Columns the source may leave out (totals, which are computed).</param>
    public static List<(int Index, T Item)> Match<T>(
        TableReader reader, int line, IReadOnlyList<string> labels, int firstIndex, LabelCandidates<T> candidates, Func<T, bool>? optional = null)
        where T : class
    {
        var spec = reader.Spec;
        var found = new List<(int Index, T Item)>();
        for (var i = firstIndex; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label.Length == 0)
            {
                continue;
            }
            var at = reader.Source.At(line, i + 1);
            var match = LabelMatcher.Match(label, candidates);
            if (match.Item is null)
            {
                reader.Report(RuleCatalog.UnknownColumn, at, $"{spec.Number}中无法识别的列“{label}”",
                    match.Suggestion is { } s ? $"您是否指“{s}”？请使用官方表格中的列标题" : "请使用官方表格中的列标题或其英文键（见 README）",
                    null, label);
                continue;
            }
            reader.WarnNearMiss(match, label, at, null, match.Suggestion);
            if (found.Any(f => ReferenceEquals(f.Item, match.Item)))
            {
                reader.Report(RuleCatalog.BadShape, at, $"{spec.Number}的列“{match.Suggestion}”重复出现", "请删除重复的列", null, match.Suggestion);
                continue;
            }
            found.Add((i, match.Item));
        }
        foreach (var missing in candidates.Where(c => !found.Any(f => ReferenceEquals(f.Item, c.Item)) && optional?.Invoke(c.Item) != true))
        {
            reader.Report(RuleCatalog.MissingColumn, reader.Source.At(line, 0), $"{spec.Number}缺少列“{missing.Official}”",
                $"请在表头加上“{missing.Official}”列", null, missing.Official);
        }
        return found;
    }
}
