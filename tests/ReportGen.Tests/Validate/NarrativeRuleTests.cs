using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

public class NarrativeRuleTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    /// <summary>The sample with one more paragraph at the end of overview.md.</summary>
    private static SampleFiles WithProse(string paragraph, SampleFiles? files = null)
    {
        files ??= Sample;
        return files.With("overview.md", files["overview.md"] + "\n" + paragraph + "\n");
    }

    /// <summary>Where the last occurrence of a piece of text stands in a file, 1-based, as an editor shows it.</summary>
    private static SourceLocation Where(SampleFiles files, string file, string piece)
    {
        var text = files[file];
        var index = text.LastIndexOf(piece, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return new SourceLocation($"sample/{file}", 1 + text[..lineStart].Count(c => c == '\n'), index - lineStart + 1);
    }

    private static List<Diagnostic> Findings(SampleFiles files, string rule) =>
        [.. files.Check().Diagnostics.Where(d => d.Rule.Id == rule)];

    [Theory]
    [InlineData("予以公开及部分公开 5 件。")]
    [InlineData("办理结果中，一审行政诉讼案件 687 件。")]
    [InlineData("二审行政诉讼 3 件，再审行政诉讼 1 件。")]
    public void R9_reads_combined_and_qualified_wordings_as_they_are_meant(string prose)
    {
        // 5 = 予以公开 5 + 部分公开 0; a first-instance count is part of the 行政诉讼 total, not the total.
        Assert.Empty(Findings(WithProse(prose), "R9"));
    }

    [Fact]
    public void The_sample_has_no_narrative_findings()
    {
        Assert.Empty(Sample.Check().Diagnostics.Where(d => d.Rule.Id is "R9" or "R10"));
    }

    // The sample's 表三: 新收 5, 上年结转 0, 办理总计 5 (all 予以公开), 结转下年度 0; 表四 all 0.
    [Theory]
    [InlineData("本年新收政府信息公开申请 7 件。", "7 件", 7, 5, 1)]
    [InlineData("本年度共收到政府信息公开申请7件。", "7件", 7, 5, 1)]
    [InlineData("上年结转政府信息公开申请 2 件。", "2 件", 2, 0, 1)]
    [InlineData("全年共办结政府信息公开申请 4 件。", "4 件", 4, 5, 1)]
    [InlineData("依申请公开答复 6 件。", "6 件", 6, 5, 1)]
    [InlineData("结转下年度继续办理 3 件。", "3 件", 3, 0, 1)]
    [InlineData("办理结果中，予以公开 4 件。", "4 件", 4, 5, 1)]
    [InlineData("部分公开 2 件。", "2 件", 2, 0, 1)]
    [InlineData("不予公开 2 件。", "2 件", 2, 0, 8)]
    [InlineData("予以公开及部分公开 7 件。", "7 件", 7, 5, 2)]
    [InlineData("予以公开和部分公开7件。", "7件", 7, 5, 2)]
    [InlineData("无法提供 265 件。", "265 件", 265, 0, 3)]
    [InlineData("不予处理 1 件。", "1 件", 1, 0, 5)]
    [InlineData("其他处理 1 件。", "1 件", 1, 0, 3)]
    [InlineData("因政府信息公开被申请行政复议 1 起。", "1 起", 1, 0, 1)]
    [InlineData("因政府信息公开提起行政诉讼 2 起。", "2 起", 2, 0, 2)]
    public void R9_a_quoted_figure_that_contradicts_the_table(string prose, string figure, int stated, int table, int operands)
    {
        var files = WithProse(prose);

        var d = Assert.Single(Findings(files, "R9"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(Where(files, "overview.md", figure), d.Location);
        Assert.Equal(table, d.Expected);
        Assert.Equal(stated, d.Actual);
        Assert.Equal(operands, d.Operands.Length);
        Assert.All(d.Operands, o => Assert.NotNull(o.Location));
        Assert.Contains($"为 {stated} {figure[^1]}", d.Message, StringComparison.Ordinal);
        Assert.Contains("{{", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void R9_unavailable_265_in_the_text_and_337_in_the_table()
    {
        // docs/format.md, "What published reports get wrong". applications.csv line 14 is 1.本机关不掌握相关政府信息, column 8 its 总计.
        var files = WithProse("无法提供 265 件。", Sample.WithCell("applications.csv", 14, 8, "337"));

        var d = Assert.Single(Findings(files, "R9"));

        Assert.Equal(337m, d.Expected);
        Assert.Equal(265m, d.Actual);
        Assert.Equal(-72m, d.Difference);
        Assert.Equal("（四）无法提供", d.Row);
        Assert.Contains(d.Operands, o => o.Value == 337m && o.Location == new SourceLocation("sample/applications.csv", 14, 8));
        Assert.Contains("applications.unavailable_not_held.total", d.Hint, StringComparison.Ordinal);
        Assert.Contains("265", d.Message, StringComparison.Ordinal);
        Assert.Contains("337", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R9_figures_that_match_the_table_are_not_reported()
    {
        var files = WithProse("本年新收政府信息公开申请 5 件，上年结转 0 件，共办结申请 5 件，其中予以公开 5 件、部分公开 0 件、"
            + "不予公开 0 件、无法提供 0 件、不予处理 0 件、其他处理 0 件，结转下年度继续办理 0 件。被申请行政复议 0 起，提起行政诉讼 0 起。");

        Assert.Empty(Findings(files, "R9"));
    }

    [Theory]
    // docs/format.md, "What published reports get wrong": the narrative's 受理 count may cover a narrower scope than the table.
    [InlineData("本年度共受理政府信息公开申请 17 件。")]
    [InlineData("2023年，新收申请数量较上年有所增长。")]
    [InlineData("政府信息公开申请按时答复率 100%，予以公开比例 80%。")]
    [InlineData("本年新收政府信息公开申请 {{ applications.new.total }} 件，予以公开{{ \"9 件\" }}。")]
    [InlineData("收到的申请中，市政协第142003号提案已答复。")]
    [InlineData("我局共承办市人大代表建议、市政协提案 50 件，其中建议22件、提案28件，均已办结。")]
    [InlineData("本年新收政府信息公开申请 5 件，其中自然人 3 件。")]
    [InlineData("答复期限为 15 个工作日，已答复的申请均在期限内。")]
    [InlineData("2023年12月31日前答复申请。")]
    public void R9_figures_not_tied_to_a_phrase_are_not_reported(string prose)
    {
        Assert.Empty(Findings(WithProse(prose), "R9"));
    }

    [Fact]
    public void R9_all_upheld_while_a_review_is_pending()
    {
        // reviews.csv line 2: column 4 is 行政复议/尚未审结, column 5 its 总计.
        var table = Sample.WithCell("reviews.csv", 2, 4, "1").WithCell("reviews.csv", 2, 5, "1");
        var files = WithProse("本年度因政府信息公开被申请行政复议 1 起，均获维持。", table);

        var d = Assert.Single(Findings(files, "R9"));

        Assert.Equal(Where(files, "overview.md", "均获维持"), d.Location);
        Assert.Equal(1m, d.Expected);
        Assert.Equal(0m, d.Actual);
        var operand = Assert.Single(d.Operands);
        Assert.Equal("行政复议/尚未审结", operand.Column);
        Assert.Equal(new SourceLocation("sample/reviews.csv", 2, 4), operand.Location);
        Assert.Contains("尚未审结", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R9_all_upheld_is_true_when_nothing_else_is_in_the_table()
    {
        var upheld = Sample.WithCell("reviews.csv", 2, 1, "1").WithCell("reviews.csv", 2, 5, "1");
        var pendingReview = Sample.WithCell("reviews.csv", 2, 4, "1").WithCell("reviews.csv", 2, 5, "1");

        Assert.Empty(Findings(WithProse("被申请行政复议 1 起，均获维持。", upheld), "R9"));
        // The sentence speaks of lawsuits only; the pending case is a review.
        Assert.Empty(Findings(WithProse("行政诉讼案件全部维持。", pendingReview), "R9"));
    }

    [Fact]
    public void R10_an_opening_that_states_another_year()
    {
        var json = Sample["report.json"].Replace("从2023年1月1日到2023年12月31日", "从2022年1月1日到2022年12月31日", StringComparison.Ordinal);

        var d = Assert.Single(Findings(Sample.With("report.json", json), "R10"));

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("sample/report.json", d.Location!.File);
        Assert.Equal(2023m, d.Expected);
        Assert.Equal(2022m, d.Actual);
        Assert.Contains("2022年1月1日", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R10_a_narrative_period_that_ends_before_31_December()
    {
        var files = WithProse("本报告中所列数据的统计期限自2023年1月1日起至2023年11月30日止。");

        var d = Assert.Single(Findings(files, "R10"));

        Assert.Equal(Where(files, "overview.md", "2023年1月1日起"), d.Location);
    }

    [Theory]
    [InlineData("本报告统计期限自{{ year }}年1月1日起至{{ year }}年12月31日止。")]
    [InlineData("本报告所列数据统计时限为2023年1月1日至12月31日。")]
    [InlineData("2023年3月1日至3月31日开展“政府开放月”活动。")]
    public void R10_a_whole_report_year_or_a_date_range_that_is_not_the_period(string prose)
    {
        Assert.Empty(Findings(WithProse(prose), "R10"));
    }

    [Fact]
    public void R10_a_template_year_in_a_wrong_range_is_reported()
    {
        Assert.Single(Findings(WithProse("数据统计期限为{{ year }}年1月1日至{{ year }}年6月30日。"), "R10"));
    }
}
