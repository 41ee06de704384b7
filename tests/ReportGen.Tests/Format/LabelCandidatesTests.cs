using ReportGen.Format;

namespace ReportGen.Tests.Format;

/// <summary>The prepared candidate set must answer exactly as the general matcher over the same list.</summary>
public class LabelCandidatesTests
{
    [Theory]
    [InlineData("1.属于国家秘密")]
    [InlineData("withheld_secret")]
    [InlineData("WITHHELD_SECRET")]
    [InlineData("  1.属于国家秘密 ")]
    [InlineData("1、属于国家秘密")]
    [InlineData("(七)总计")]
    [InlineData("（二）部分公开(区分处理的,只计这一情形,不计其他情形)")]
    [InlineData("３.危及\"三安全一稳定\"")]
    [InlineData("2.其他法律行政止公开")]
    [InlineData("（二）部分公开（区分处理的，只计这一情况，不计其他情形）")]
    [InlineData("本年度预算")]
    [InlineData("2.重复申请事项材料")]
    [InlineData("")]
    [InlineData("——")]
    [InlineData("1")]
    [InlineData("总计")]
    [InlineData("其他")]
    public void Prepared_rows_match_as_the_general_matcher(string text)
    {
        var spec = StatutoryFormat.Applications;
        var general = spec.Rows.Select(r => new LabelCandidate<RowSpec>(r, r.Label, [r.Key])).ToList();
        var prepared = new LabelCandidates<RowSpec>(general);

        Assert.Equal(LabelMatcher.Match(text, general), LabelMatcher.Match(text, prepared));
    }

    [Theory]
    [InlineData("b")]
    [InlineData("B")]
    [InlineData("bb")]
    [InlineData("x")]
    [InlineData("ab")]
    [InlineData("c")]
    public void Ties_and_repeated_spellings_resolve_as_the_general_matcher(string text)
    {
        // "a" and "A" are one spelling ignoring case; "bc" normalises the same for two candidates.
        List<LabelCandidate<string>> general =
        [
            new("one", "a", ["b c", "A"]),
            new("two", "A", ["bc", "b"]),
            new("three", "b", ["ab"]),
            new("four", "bb", []),
        ];

        Assert.Equal(LabelMatcher.Match(text, general), LabelMatcher.Match(text, new LabelCandidates<string>(general)));
    }
}
