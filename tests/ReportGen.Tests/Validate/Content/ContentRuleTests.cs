using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate.Content;

/// <summary>N01–N11: what evaluators cite about a report's content, and the prose that must not be mistaken for it.</summary>
public class ContentRuleTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static SampleFiles WithProse(string paragraph, SampleFiles? files = null, string file = "overview.md")
    {
        files ??= Sample;
        return files.With(file, files.Files.GetValueOrDefault(file, string.Empty) + "\n" + paragraph + "\n");
    }

    private static List<Diagnostic> Findings(SampleFiles files, string rule) =>
        [.. files.Check().Diagnostics.Where(d => d.Rule.Id == rule)];

    private static SampleFiles WithMetadata(string fields) =>
        Sample.With("report.json", Sample["report.json"].TrimEnd().TrimEnd('}') + "," + fields + "}");

    // The sample's 表三 with one application (自然人) carried forward: 新收 6, 办理 5, 结转 1.
    private static SampleFiles CarriedForward(SampleFiles? files = null) => (files ?? Sample)
        .WithCell("applications.csv", 2, 2, "6").WithCell("applications.csv", 2, 8, "6")
        .WithCell("applications.csv", 26, 2, "1").WithCell("applications.csv", 26, 8, "1");

    // One application ended because the applicant did not pay after a fee notice: 新收 6, 办理 6.
    private static SampleFiles FeeNoticeSent() => Sample
        .WithCell("applications.csv", 2, 2, "6").WithCell("applications.csv", 2, 8, "6")
        .WithCell("applications.csv", 23, 2, "1").WithCell("applications.csv", 23, 8, "1")
        .WithCell("applications.csv", 25, 2, "6").WithCell("applications.csv", 25, 8, "6");

    // reviews.csv: column 1 行政复议/结果维持, 4 尚未审结, 5 总计; 9 直接起诉/尚未审结, 10 its 总计.
    private static SampleFiles OneReviewUpheld() => Sample.WithCell("reviews.csv", 2, 1, "1").WithCell("reviews.csv", 2, 5, "1");

    private static SampleFiles OneSuitPending() => Sample.WithCell("reviews.csv", 2, 9, "1").WithCell("reviews.csv", 2, 10, "1");

    [Fact]
    public void The_sample_has_no_content_findings()
    {
        Assert.Empty(Sample.Check().Diagnostics);
    }

    [Theory]
    [InlineData("2022年，我局通过门户网站主动公开政府信息1200条。", 2022)]
    [InlineData("（三）2021年，我局共办理政府信息公开申请10件。", 2021)]
    [InlineData("截至2022年底，我局现行有效规范性文件86件。", 2022)]
    [InlineData("2022年度我局主动公开政府信息1200条。", 2022)]
    public void N01_an_earlier_year_as_the_subject_of_a_sentence(string prose, int stated)
    {
        var files = WithProse(prose);

        var d = Assert.Single(Findings(files, "N01"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(2023m, d.Expected);
        Assert.Equal(stated, d.Actual);
        var lines = files["overview.md"].Split('\n');
        Assert.Equal("sample/overview.md", d.Location!.File);
        Assert.Equal(stated.ToString(), lines[d.Location.Line - 1].Substring(d.Location.Column - 1, 4));
    }

    [Theory]
    [InlineData("主动公开政府信息1350条，较2022年增长15%。")]
    [InlineData("2022年，我局主动公开政府信息1200条，2023年增至1350条。")]
    [InlineData("2022年以来，我局持续推进政务公开标准化建设。")]
    [InlineData("根据《2022年政务公开工作要点》，我局制定了实施方案。")]
    [InlineData("我局于2021年成立了政务公开领导小组，本年度调整了成员。")]
    [InlineData("2024年，我局将继续深化政务公开。")]
    [InlineData("持续更新 2024 年信息主动公开基本目录。")]
    [InlineData("2022年、2023年两年间累计公开信息2500条。")]
    [InlineData("{{ year }}年，我局主动公开政府信息1350条。")]
    public void N01_comparisons_history_and_plans_are_not_a_wrong_year(string prose)
    {
        Assert.Empty(Findings(WithProse(prose), "N01"));
    }

    [Theory]
    [InlineData("（文字描述）")]
    [InlineData("（请填写本年度主动公开政府信息的情况。）")]
    [InlineData("（一）主动公开。（请概述主动公开的情况）")]
    [InlineData("收取信息处理费情况在此处报告。")]
    public void N02_a_placeholder_left_in_the_prose(string prose)
    {
        var d = Assert.Single(Findings(WithProse(prose), "N02"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("sample/overview.md", d.Location!.File);
        Assert.Contains("占位文字", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void N02_a_placeholder_in_report_json()
    {
        var d = Assert.Single(Findings(WithMetadata("\"title\": \"（文字描述）政府信息公开工作年度报告\""), "N02"));

        Assert.EndsWith("report.json", d.Location!.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("详细目录（请见附件）。")]
    [InlineData("有关情况（请登录门户网站查看）。")]
    [InlineData("申请人可通过门户网站提交申请（请注明联系方式）。")]
    public void N02_parentheses_in_real_prose_are_not_placeholders(string prose)
    {
        Assert.Empty(Findings(WithProse(prose), "N02"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("无。")]
    [InlineData("暂无")]
    [InlineData("我局政府信息公开工作还存在一些不足，下一步将继续改进。")]
    public void N03_section_five_empty_none_or_one_short_sentence(string text)
    {
        var d = Assert.Single(Findings(Sample.With("problems.md", text), "N03"));

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("sample/problems.md", 1, 1), d.Location);
    }

    [Fact]
    public void N03_section_five_missing()
    {
        var d = Assert.Single(Findings(Sample.Without("problems.md"), "N03"));

        Assert.EndsWith("problems.md", d.Location!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void N03_a_short_but_real_section_with_problems_and_fixes_is_not_weak()
    {
        var text = "一是部分信息公开不够及时。二是政策解读形式较为单一。下一步，我局将建立信息发布提醒机制，丰富图解、视频等解读形式，切实提升公开质量。";

        Assert.Empty(Findings(Sample.With("problems.md", text), "N03"));
    }

    [Fact]
    public void N04_section_six_silent_on_the_fee()
    {
        var d = Assert.Single(Findings(Sample.With("other.md", "（一）建议提案办理情况。我局共承办建议提案50件，均已办结。\n"), "N04"));

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("sample/other.md", d.Location!.File);
    }

    [Fact]
    public void N04_reports_before_the_fee_existed_need_not_mention_it()
    {
        var files = Sample.With("report.json", Sample["report.json"].Replace("\"year\": 2023", "\"year\": 2020", StringComparison.Ordinal)).With("other.md", "无。");

        Assert.Empty(Findings(files, "N04"));
    }

    [Theory]
    [InlineData("本年度未收取信息处理费。")]
    [InlineData("我局无依申请公开信息处理费收费情况。")]
    [InlineData("本年度发出收费通知1件，收取信息处理费0.01万元。")]
    public void N04_any_statement_on_the_fee_is_enough(string text)
    {
        Assert.Empty(Findings(Sample.With("other.md", text), "N04"));
    }

    [Theory]
    [InlineData("本年度未收取信息处理费。")]
    [InlineData("（一）{{ year }} 我局无依申请公开信息处理费收费情况。")]
    [InlineData("本机关不涉及收取信息处理费。")]
    public void N05_no_fee_while_a_fee_notice_went_unpaid(string text)
    {
        var d = Assert.Single(Findings(FeeNoticeSent().With("other.md", text), "N05"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(1m, d.Actual);
        var operand = Assert.Single(d.Operands);
        Assert.Equal(new SourceLocation("sample/applications.csv", 23, 8), operand.Location);
    }

    [Fact]
    public void N05_the_same_words_with_no_fee_notice_are_fine_and_a_true_account_is_fine()
    {
        Assert.Empty(Findings(Sample.With("other.md", "本年度未收取信息处理费。"), "N05"));
        Assert.Empty(Findings(FeeNoticeSent().With("other.md", "本年度发出收费通知1件，申请人逾期未缴纳，收取信息处理费0元。"), "N05"));
    }

    [Theory]
    [InlineData("聊城市文化和旅游局2023年政府信息公开工作报告")]
    [InlineData("聊城市文化和旅游局2022年政府信息公开工作年度报告")]
    public void N06_a_title_that_is_not_the_annual_report_of_the_year(string title)
    {
        var d = Assert.Single(Findings(WithMetadata($"\"title\": \"{title}\""), "N06"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.EndsWith("report.json", d.Location!.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("聊城市文化和旅游局2023年政府信息公开工作年度报告")]
    [InlineData("聊城市文化和旅游局 2023 年政府信息公开工作年度报告")]
    [InlineData("2023年聊城市文旅局政府信息公开工作年度报告")]
    [InlineData("聊城市文化和旅游局2023年政府信息公开年度报告")]
    public void N06_proper_titles_pass(string title)
    {
        Assert.Empty(Findings(WithMetadata($"\"title\": \"{title}\""), "N06"));
    }

    [Theory]
    [InlineData("\"signature\": { \"date\": \"2023-12-20\" }")]
    [InlineData("\"publishDate\": \"2023-12-31\"")]
    public void N07_signed_or_published_before_the_year_ended(string fields)
    {
        var d = Assert.Single(Findings(WithMetadata(fields), "N07"));

        Assert.Equal(Severity.Error, d.Severity);
    }

    [Theory]
    [InlineData("\"agencyKind\": \"department\", \"publishDate\": \"2024-02-01\"", 1)]
    [InlineData("\"agencyKind\": \"government\", \"publishDate\": \"2024-04-01\"", 1)]
    [InlineData("\"publishDate\": \"2024-04-01\"", 1)]
    [InlineData("\"agencyKind\": \"department\", \"signature\": { \"date\": \"2024-02-05\" }", 1)]
    [InlineData("\"agencyKind\": \"department\", \"publishDate\": \"2024-01-31\"", 0)]
    [InlineData("\"agencyKind\": \"government\", \"publishDate\": \"2024-03-31\"", 0)]
    [InlineData("\"publishDate\": \"2024-02-20\"", 0)]
    public void N08_published_after_the_deadline_of_its_kind(string fields, int findings)
    {
        var found = Findings(WithMetadata(fields), "N08");

        Assert.Equal(findings, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Empty(Findings(WithMetadata(fields), "N07"));
    }

    [Fact]
    public void An_unknown_agency_kind_is_a_metadata_error()
    {
        Assert.Single(Findings(WithMetadata("\"agencyKind\": \"bureau\""), "M01"));
    }

    [Theory]
    [InlineData("本年度共收到政府信息公开申请6件，已全部办结。")]
    [InlineData("对收到的政府信息公开申请，均已按时答复。")]
    public void N09_all_handled_while_applications_are_carried_forward(string prose)
    {
        var d = Assert.Single(Findings(WithProse(prose, CarriedForward()), "N09"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(1m, d.Actual);
        Assert.Equal(new SourceLocation("sample/applications.csv", 26, 8), Assert.Single(d.Operands).Location);
    }

    [Theory]
    [InlineData("本年度共收到政府信息公开申请6件，已全部办结。", false)]
    [InlineData("我局共承办市人大代表建议、市政协提案50件，已全部办结。", true)]
    [InlineData("上年结转的政府信息公开申请已全部办结。", true)]
    public void N09_claims_that_are_true_or_about_something_else(string prose, bool carriedForward)
    {
        var files = carriedForward ? CarriedForward() : Sample;

        Assert.Empty(Findings(WithProse(prose, files), "N09"));
    }

    [Theory]
    [InlineData("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", true)]
    [InlineData("全年无政府信息公开行政复议案件。", true)]
    [InlineData("本年度没有发生行政诉讼。", false)]
    public void N10_no_case_claimed_while_table_four_has_one(string prose, bool review)
    {
        var files = review ? OneReviewUpheld() : OneSuitPending();

        var d = Assert.Single(Findings(WithProse(prose, files, "reviews.md"), "N10"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(1m, d.Actual);
    }

    [Theory]
    [InlineData("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", false)]
    [InlineData("本年度未发生行政诉讼。", true)]
    [InlineData("作出的答复均未被行政复议机关纠错。", true)]
    [InlineData("申请人不服的，可依法申请行政复议或者提起行政诉讼。", true)]
    [InlineData("尚未审结的行政复议案件将在下一年度报告。", true)]
    public void N10_true_denials_and_other_negations(string prose, bool oneReview)
    {
        var files = oneReview ? OneReviewUpheld() : Sample;

        Assert.Empty(Findings(WithProse(prose, files, "reviews.md"), "N10"));
    }

    [Fact]
    public void N11_all_concluded_while_a_suit_is_pending()
    {
        var d = Assert.Single(Findings(WithProse("本年度行政诉讼案件均已审结。", OneSuitPending(), "reviews.md"), "N11"));

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("尚未审结", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void N11_reviews_concluded_while_only_a_suit_is_pending_is_true()
    {
        Assert.Empty(Findings(WithProse("本年度行政复议案件均已审结。", OneSuitPending(), "reviews.md"), "N11"));
    }

    [Theory]
    [InlineData("因政府信息公开被提起行政诉讼1起，均依法维持。")]
    [InlineData("因政府信息公开被提起行政诉讼1起，结果均为维持。")]
    [InlineData("因政府信息公开被提起行政诉讼1起，法院全部予以维持。")]
    public void R9_upheld_in_its_other_phrasings_while_pending(string prose)
    {
        Assert.Single(Findings(WithProse(prose, OneSuitPending(), "reviews.md"), "R9"));
    }
}
