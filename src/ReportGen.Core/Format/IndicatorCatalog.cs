using System.Collections.Immutable;

namespace ReportGen.Format;

/// <summary>
/// A ratio reviewers compute from the statutory tables (docs/format.md, "Indicators"): the sum of
/// <paramref name="Numerator"/> cells over the sum of <paramref name="Denominator"/> cells, as a percentage.
/// </summary>
/// <param name="Key">Stable ASCII key: the indicator's name in templates (`indicators.KEY`) and in the JSON output.</param>
/// <param name="Name">What reviewers call it.</param>
/// <param name="Defines">The formula in the form's own labels, for the README and `reason`.</param>
/// <param name="DenominatorName">What the denominator counts, for the reason it cannot be computed.</param>
internal sealed record IndicatorSpec(
    string Key, string Name, string Defines, TableSpec Table, ImmutableArray<CellRef> Numerator, ImmutableArray<CellRef> Denominator, string DenominatorName);

/// <summary>
/// The indicators, defined from the format's rows and columns (never retyped labels): built on first
/// use, so a `check` that neither renders them nor prints JSON never builds them.
/// </summary>
internal static class IndicatorCatalog
{
    public static readonly ImmutableArray<IndicatorSpec> All = Build();

    private static ImmutableArray<IndicatorSpec> Build()
    {
        var applications = StatutoryFormat.Applications;
        var total = applications.Columns.Single(c => c.IsTotal).Key;
        CellRef Total(string row) => new(applications.Row(row).Key, total);
        // A group of 表三 is every row that shares the merged label cells of one of them: （四）无法提供's three rows.
        ImmutableArray<CellRef> GroupTotals(string row) =>
            [.. applications.Rows.Where(r => r.Groups.SequenceEqual(applications.Row(row).Groups)).Select(r => new CellRef(r.Key, total))];
        string Labels(TableSpec table, IEnumerable<CellRef> cells) => string.Join(" + ", cells.Select(c => $"“{table.CellRowLabel(c)}”"));

        var handled = Total(ApplicationKeys.Handled);
        var disclosed = ImmutableArray.Create(Total(ApplicationKeys.Granted), Total(ApplicationKeys.Partial));
        var unavailable = GroupTotals(ApplicationKeys.UnavailableNotHeld);
        var workload = ImmutableArray.Create(Total(ApplicationKeys.New), Total(ApplicationKeys.CarriedOver));
        var carried = ImmutableArray.Create(Total(ApplicationKeys.CarriedForward));
        var handledName = $"表三“{applications.CellRowLabel(handled)}”";

        // 纠错率 is over the cases decided: 结果维持 + 结果纠正 + 其他结果, not those 尚未审结 (their outcome is not known yet).
        var reviews = StatutoryFormat.Reviews;
        var corrected = reviews.Column(ReviewKeys.Corrected);
        var decided = reviews.Columns.Where(c => !c.IsTotal && c.Key != ReviewKeys.Pending).ToImmutableArray();
        var review = reviews.Row(ReviewKeys.Review);
        var suits = reviews.Rows.Where(r => r.Groups.SequenceEqual(reviews.Row(ReviewKeys.DirectSuit).Groups)).ToImmutableArray();
        string Decided(string what) => $"{what}已审结（{string.Join("、", decided.Select(c => c.Label))}）";
        string Suits() => string.Join("与", suits.Select(r => r.Label));

        return
        [
            new("disclosure_rate", "实质公开率",
                $"表三（{Labels(applications, disclosed)}）÷ {handledName}，总计列", applications, disclosed, [handled], handledName),
            new("unavailable_share", "无法提供占比",
                $"表三（{applications.Row(unavailable[0].Row).Groups[^1]} 1–{unavailable.Length}）÷ {handledName}，总计列", applications, unavailable, [handled], handledName),
            new("review_correction_rate", "复议纠错率",
                $"表四{review.Label}“{corrected.Label}”÷ {Decided(review.Label)}", reviews,
                [new CellRef(review.Key, corrected.Key)], [.. decided.Select(c => new CellRef(review.Key, c.Key))], $"表四{Decided(review.Label)}的案件"),
            new("suit_correction_rate", "诉讼纠错率",
                $"表四{Suits()}“{corrected.Label}”之和 ÷ 二者{Decided(string.Empty)}之和", reviews,
                [.. suits.Select(r => new CellRef(r.Key, corrected.Key))], [.. suits.SelectMany(r => decided.Select(c => new CellRef(r.Key, c.Key)))],
                $"表四{Suits()}已审结的案件"),
            new("carry_forward_rate", "结转率",
                $"表三“{applications.CellRowLabel(carried[0])}”÷（{Labels(applications, workload)}），总计列", applications, carried, workload,
                $"表三{Labels(applications, workload)}之和"),
        ];
    }
}
