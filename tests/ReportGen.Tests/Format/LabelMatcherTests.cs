using ReportGen.Format;

namespace ReportGen.Tests.Format;

public class LabelMatcherTests
{
    private static readonly LabelCandidates<RowSpec> Rows = StatutoryFormat.Applications.RowCandidates;

    [Theory]
    [InlineData("1.属于国家秘密", "withheld_secret")]
    [InlineData("withheld_secret", "withheld_secret")]
    [InlineData("WITHHELD_SECRET", "withheld_secret")]
    public void Official_labels_and_keys_match_exactly(string text, string key)
    {
        var match = LabelMatcher.Match(text, Rows);

        Assert.Equal(LabelMatchQuality.Exact, match.Quality);
        Assert.Equal(key, match.Item!.Key);
    }

    [Theory]
    [InlineData("1、属于国家秘密", "withheld_secret")]
    [InlineData("1. 属于国家秘密", "withheld_secret")]
    [InlineData("(七)总计", "handled")]
    [InlineData("（二）部分公开(区分处理的,只计这一情形,不计其他情形)", "partial")]
    [InlineData("３.危及\"三安全一稳定\"", "withheld_safety")]
    public void Spacing_parentheses_and_list_marks_are_normalised(string text, string key)
    {
        var match = LabelMatcher.Match(text, Rows);

        Assert.Equal(LabelMatchQuality.Normalised, match.Quality);
        Assert.Equal(key, match.Item!.Key);
    }

    [Theory]
    [InlineData("2.其他法律行政止公开", "withheld_law")]
    [InlineData("5.属于三类内容事务信息", "withheld_internal")]
    [InlineData("（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "partial")]
    public void Typos_seen_in_published_reports_are_recognised(string text, string key)
    {
        var match = LabelMatcher.Match(text, Rows);

        Assert.Equal(LabelMatchQuality.Typo, match.Quality);
        Assert.Equal(key, match.Item!.Key);
    }

    [Fact]
    public void Unknown_labels_get_no_match_but_a_suggestion_when_one_is_close()
    {
        var far = LabelMatcher.Match("本年度预算", Rows);
        var near = LabelMatcher.Match("2.重复申请事项材料", Rows);

        Assert.Null(far.Item);
        Assert.Null(far.Suggestion);
        Assert.Null(near.Item);
        Assert.Equal("2.重复申请", near.Suggestion);
    }
}
