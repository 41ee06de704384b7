using System.Text.Json;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

/// <summary>
/// The indicators reviewers compute (README, "Indicators"): each formula on figures with a known
/// result, zero denominators as null with a reason, the change on last year, templates and JSON.
/// </summary>
public class IndicatorTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();
    private static readonly Report SampleReport = Sample.Check().Report!;

    /// <summary>A table of the format with the given cells (row, column, value) and 0 elsewhere.</summary>
    private static TableData Table(TableSpec spec, params (string Row, string Column, decimal Value)[] cells) =>
        TableData.Of(spec, spec.Cells.Select(c => KeyValuePair.Create(c,
            new CellValue(cells.Where(x => x.Row == c.Row && x.Column == c.Column).Sum(x => x.Value), CellOrigin.Read, null))));

    /// <summary>表三 in its 总计 column: 16 new + 4 carried over = 16 handled (9 granted, 3 partial, 4 unavailable) + 4 carried forward.</summary>
    private static Report ThisYear() => SampleReport with
    {
        Applications = Table(StatutoryFormat.Applications,
            ("new", "total", 16), ("carried_over", "total", 4), ("granted", "total", 9), ("partial", "total", 3),
            ("unavailable_not_held", "total", 2), ("unavailable_to_create", "total", 1), ("unavailable_unclear", "total", 1),
            ("handled", "total", 16), ("carried_forward", "total", 4),
            // Other columns are not what the indicators read.
            ("granted", "natural", 1000)),
        Reviews = Table(StatutoryFormat.Reviews,
            ("review", "upheld", 5), ("review", "corrected", 2), ("review", "other", 1), ("review", "pending", 3), ("review", "total", 11),
            ("direct_suit", "upheld", 3), ("direct_suit", "corrected", 1), ("direct_suit", "pending", 2), ("direct_suit", "total", 6),
            ("suit_after_review", "upheld", 2), ("suit_after_review", "other", 1), ("suit_after_review", "total", 3)),
    };

    /// <summary>Last year: 12 of 18 handled disclosed (66.67 %), none unavailable, no cases in 表四.</summary>
    private static Report LastYear() => SampleReport with
    {
        Metadata = SampleReport.Metadata with { Year = 2022 },
        Applications = Table(StatutoryFormat.Applications,
            ("new", "total", 18), ("granted", "total", 10), ("partial", "total", 2), ("other_other", "total", 6), ("handled", "total", 18)),
        Reviews = Table(StatutoryFormat.Reviews),
    };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Indicator Get(IEnumerable<Indicator> indicators, string key) => indicators.Single(i => i.Spec.Key == key);

    [Theory]
    [InlineData("disclosure_rate", "实质公开率", 12, 16, 75)]
    [InlineData("unavailable_share", "无法提供占比", 4, 16, 25)]
    [InlineData("review_correction_rate", "复议纠错率", 2, 8, 25)]
    [InlineData("suit_correction_rate", "诉讼纠错率", 1, 7, 14.29)]
    [InlineData("carry_forward_rate", "结转率", 4, 20, 20)]
    public void Each_formula_on_figures_with_a_known_result(string key, string name, int numerator, int denominator, double percent)
    {
        var indicator = Get(Indicators.Of(ThisYear(), previous: null), key);

        Assert.Equal(name, indicator.Spec.Name);
        Assert.Equal((numerator, denominator), ((int)indicator.Numerator, (int)indicator.Denominator));
        Assert.Equal((decimal)percent, indicator.Percent);
        Assert.Null(indicator.Reason);
        Assert.Equal((null, null, null), (indicator.PreviousPercent, indicator.Change, indicator.Growth));
        Assert.Contains("--previous", indicator.ChangeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_denominators_give_no_value_and_say_why()
    {
        var empty = SampleReport with { Applications = Table(StatutoryFormat.Applications), Reviews = Table(StatutoryFormat.Reviews) };

        var indicators = Indicators.Of(empty, previous: empty);

        Assert.Equal(5, indicators.Length);
        Assert.All(indicators, i =>
        {
            Assert.Null(i.Percent);
            Assert.Null(i.Change);
            Assert.Null(i.Growth);
            Assert.EndsWith($"为 0，{i.Spec.Name}无法计算", i.Reason, StringComparison.Ordinal);
        });
        Assert.Contains("（七）总计", Get(indicators, "disclosure_rate").Reason, StringComparison.Ordinal);
        Assert.Contains("行政复议已审结（结果维持、结果纠正、其他结果）", Get(indicators, "review_correction_rate").Reason, StringComparison.Ordinal);
        // Only the 尚未审结 cases: nothing decided, so no rate (not 0 %).
        var pendingOnly = SampleReport with { Reviews = Table(StatutoryFormat.Reviews, ("review", "pending", 4), ("review", "total", 4)) };
        Assert.Null(Get(Indicators.Of(pendingOnly, null), "review_correction_rate").Percent);
    }

    [Fact]
    public void With_last_year_the_change_in_points_and_the_growth_in_per_cent()
    {
        var indicators = Indicators.Of(ThisYear(), LastYear());

        var disclosure = Get(indicators, "disclosure_rate");
        Assert.Equal((66.67m, 8.33m, 12.5m), (disclosure.PreviousPercent, disclosure.Change, disclosure.Growth));
        Assert.Null(disclosure.ChangeReason);
        // From 0 % to 25 %: 25 points, but no growth rate from 0.
        var unavailable = Get(indicators, "unavailable_share");
        Assert.Equal((0m, 25m, (decimal?)null), (unavailable.PreviousPercent, unavailable.Change, unavailable.Growth));
        Assert.Equal("上年无法提供占比为 0，增长率无法计算", unavailable.ChangeReason);
        // Last year had no case decided: no rate last year, so no change.
        var review = Get(indicators, "review_correction_rate");
        Assert.Equal((null, null), (review.PreviousPercent, review.Change));
        Assert.StartsWith("上年表四行政复议已审结", review.ChangeReason, StringComparison.Ordinal);
        // Negative change: 20 % carried forward after 0 % is +20 points; the other way it is −20.
        Assert.Equal(-20m, Get(Indicators.Of(LastYear(), ThisYear()), "carry_forward_rate").Change);
    }

    private const string Narrative =
        "本年度实质公开率为{{ indicators.disclosure_rate.percent }}%{{ if indicators.disclosure_rate.has_growth }}，同比增长{{ indicators.disclosure_rate.growth }}%（提高{{ indicators.disclosure_rate.change }}个百分点）{{ end }}。"
        + "{{ if indicators.review_correction_rate.available }}复议纠错率为{{ indicators.review_correction_rate.percent }}%。{{ else }}{{ indicators.review_correction_rate.reason }}。{{ end }}\n";

    [Fact]
    public void A_template_using_them_renders_the_expected_text()
    {
        var withPrevious = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(
            ThisYear() with { Narratives = SampleReport.Narratives.SetItem("problems", new NarrativeText("problems.md", Narrative)) }, LastYear());
        var alone = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(
            LastYear() with { Narratives = SampleReport.Narratives.SetItem("problems", new NarrativeText("problems.md", Narrative)) });

        Assert.Empty(withPrevious.Diagnostics);
        Assert.Contains("本年度实质公开率为75%，同比增长12.5%（提高8.33个百分点）。复议纠错率为25%。", DocumentProjection.Of(withPrevious.Value!), StringComparison.Ordinal);
        Assert.Contains("本年度实质公开率为66.67%。表四行政复议已审结（结果维持、结果纠正、其他结果）的案件为 0，复议纠错率无法计算。",
            DocumentProjection.Of(alone.Value!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("同比增长{{ indicators.disclosure_rate.growth }}%", "indicators.disclosure_rate.growth 无法计算：没有上年报告", "has_growth")]
    [InlineData("复议纠错率{{ indicators.review_correction_rate.percent }}%", "indicators.review_correction_rate.percent 无法计算：表四行政复议已审结", "available")]
    public void A_value_that_cannot_be_computed_is_a_template_error_not_an_empty_figure(string narrative, string message, string guard)
    {
        var outcome = Sample.With("problems.md", narrative + "\n").Check();

        var finding = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("T02", finding.Rule.Id);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.Contains($".{guard} }}}}", finding.Hint, StringComparison.Ordinal);
        Assert.Equal(("sample/problems.md", 1), (finding.Location!.File, finding.Location.Line));
    }

    [Fact]
    public void Build_with_previous_writes_the_growth_and_without_it_the_guarded_sentence_is_left_out()
    {
        using var temp = new TempFolder();
        var (now, then) = (temp.File("now"), temp.File("then"));
        Sample.With("problems.md", Narrative + Sample["problems.md"]).WriteTo(now);
        LastYearFolder().WriteTo(then);

        var with = Trust.InProcessCli.Run("build", now, "--previous", then, "-o", temp.File("with.html"));
        var without = Trust.InProcessCli.Run("build", now, "-o", temp.File("without.html"));
        var batch = Trust.InProcessCli.Run("build", temp.Path, "--previous", then, "-o", temp.File("all"));

        Assert.Equal(0, with.ExitCode);
        Assert.Contains("本年度实质公开率为100%，同比增长25%（提高20个百分点）。", File.ReadAllText(temp.File("with.html")), StringComparison.Ordinal);
        Assert.Equal(0, without.ExitCode);
        Assert.Contains("本年度实质公开率为100%。表四行政复议已审结", File.ReadAllText(temp.File("without.html")), StringComparison.Ordinal);
        Assert.Equal(2, batch.ExitCode);
        Assert.Contains("--previous 只能与一个报告文件夹一起使用", batch.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The sample as last year's: 4 of 5 disclosed (1 under （六）3.其他).</summary>
    private static SampleFiles LastYearFolder() =>
        Sample.With("report.json", Sample["report.json"].Replace("\"year\": 2023", "\"year\": 2022", StringComparison.Ordinal))
            .WithCell("applications.csv", 4, 2, "4").WithCell("applications.csv", 4, 8, "4")
            .WithCell("applications.csv", 24, 2, "1").WithCell("applications.csv", 24, 8, "1");

    [Fact]
    public void Check_json_gives_them_per_report_and_with_previous_their_change()
    {
        using var temp = new TempFolder();
        var now = temp.File("now");
        var then = temp.File("then");
        // This year 5 of 5 disclosed; last year 4 of 5.
        Sample.WriteTo(now);
        LastYearFolder().WriteTo(then);

        var result = CliProcess.Run("check", now, "--previous", then, "--format", "json");
        var alone = CliProcess.Run("check", now, "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var indicators = json.RootElement.GetProperty("reports")[0].GetProperty("indicators");
        Assert.Equal(["disclosure_rate", "unavailable_share", "review_correction_rate", "suit_correction_rate", "carry_forward_rate"],
            indicators.EnumerateObject().Select(p => p.Name));
        var disclosure = indicators.GetProperty("disclosure_rate");
        Assert.Equal("""{"name":"实质公开率","percent":100,"numerator":5,"denominator":5,"reason":null,"previousPercent":80,"change":20,"growth":25,"changeReason":null}""",
            JsonSerializer.Serialize(disclosure, Readable));
        var review = indicators.GetProperty("review_correction_rate");
        Assert.Equal(JsonValueKind.Null, review.GetProperty("percent").ValueKind);
        Assert.Contains("复议纠错率无法计算", review.GetProperty("reason").GetString(), StringComparison.Ordinal);
        using var single = JsonDocument.Parse(alone.Stdout);
        var noPrevious = single.RootElement.GetProperty("reports")[0].GetProperty("indicators").GetProperty("disclosure_rate");
        Assert.Equal(JsonValueKind.Null, noPrevious.GetProperty("change").ValueKind);
        Assert.Equal(100, noPrevious.GetProperty("percent").GetInt32());
    }
}
