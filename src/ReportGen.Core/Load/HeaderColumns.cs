using ReportGen.Format;

namespace ReportGen.Load;

/// <summary>Maps the cells of a header line to the format's columns, reporting unknown, repeated and missing ones.</summary>
internal static class HeaderColumns
{
    public static List<(int Index, T Item)> Match<T>(
        TableReading reading, CsvLine header, int firstIndex, IReadOnlyList<LabelCandidate<T>> candidates,
        IReadOnlyList<string>? composedLabels = null, Func<T, bool>? optional = null)
        where T : class
    {
        var found = new List<(int Index, T Item)>();
        for (var i = firstIndex; i < (composedLabels?.Count ?? header.Cells.Length); i++)
        {
            var label = composedLabels?[i] ?? header.Cells[i];
            if (label.Length == 0)
            {
                continue;
            }
            var match = LabelMatcher.Match(label, candidates);
            if (match.Item is null)
            {
                reading.Report(RuleCatalog.UnknownColumn, header.Line, i + 1, $"{reading.Spec.Number}中无法识别的列“{label}”",
                    match.Suggestion is { } s ? $"您是否指“{s}”？请使用官方表格中的列标题" : "请使用官方表格中的列标题或其英文键（见 README）",
                    null, label);
                continue;
            }
            reading.WarnNearMiss(match, label, header.Line, i + 1, null, match.Suggestion);
            if (found.Any(f => ReferenceEquals(f.Item, match.Item)))
            {
                reading.Report(RuleCatalog.BadShape, header.Line, i + 1, $"{reading.Spec.Number}的列“{match.Suggestion}”重复出现",
                    "请删除重复的列", null, match.Suggestion);
                continue;
            }
            found.Add((i, match.Item));
        }
        foreach (var missing in candidates.Where(c => !found.Any(f => ReferenceEquals(f.Item, c.Item)) && optional?.Invoke(c.Item) != true))
        {
            reading.Report(RuleCatalog.MissingColumn, header.Line, 0, $"{reading.Spec.Number}缺少列“{missing.Official}”",
                $"请在表头加上“{missing.Official}”列", null, missing.Official);
        }
        return found;
    }
}
