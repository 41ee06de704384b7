using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;
using ReportGen.Validate.Content;

namespace ReportGen.Tests.Validate.Content;

/// <summary>S01 and S02: copied prose found despite small edits, with the percentage and the passage; rewritten prose not.</summary>
public class SimilarityTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static SampleFiles Agency(string name, SampleFiles? files = null)
    {
        files ??= Sample;
        return files.With("report.json", files["report.json"].Replace("聊城市文化和旅游局", name, StringComparison.Ordinal));
    }

    /// <summary>Last year's text with this year's figures and a re-wrapped, re-punctuated sentence: what copying looks like.</summary>
    private static string LightlyEdited(string text) =>
        text.Replace("2024", "2025", StringComparison.Ordinal).Replace("一是", "一是，", StringComparison.Ordinal).Replace("。二是", "。\n二是", StringComparison.Ordinal);

    private const string Rewritten = "本年度我局在政务公开中发现三方面不足：信息发布时效偏慢，个别栏目更新滞后；解读材料以文字为主，图解视频偏少；基层人员业务培训覆盖不全。对此，我局建立了栏目更新周报制度，新增一图读懂等解读形式十二期，并组织全员专题培训两次，问题已逐项整改。";

    private static ImmutableArray<CheckOutcome> CheckWithPrevious(SampleFiles current, SampleFiles previous)
    {
        using var temp = new TempFolder();
        current.WriteTo(Path.Combine(temp.Path, "now"));
        previous.With("report.json", previous["report.json"].Replace("\"year\": 2023", "\"year\": 2022", StringComparison.Ordinal)).WriteTo(Path.Combine(temp.Path, "then"));
        return FolderChecks.Run(new CheckRequest([Path.Combine(temp.Path, "now")], FindingsFormat.Text, Path.Combine(temp.Path, "then")));
    }

    [Fact]
    public void S01_a_section_copied_from_last_year_with_small_edits()
    {
        var current = Sample.With("problems.md", LightlyEdited(Sample["problems.md"]));
        var previous = Sample.With("overview.md", "{{ year }}年，我局" + Rewritten).With("other.md", Rewritten + "本年度未收取信息处理费。");

        var found = CheckWithPrevious(current, previous)[0].Diagnostics.Where(d => d.Rule.Id == "S01").ToList();

        var d = Assert.Single(found);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.EndsWith("problems.md", d.Location!.File, StringComparison.Ordinal);
        Assert.True(d.Actual >= 80m, $"{d.Actual}%");
        Assert.Contains($"有 {d.Actual}% 与上年报告（2022 年）", d.Message, StringComparison.Ordinal);
        Assert.Matches("最相似的一段：“.{20,}”", d.Message);
        Assert.Contains("未认真填写", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void S01_a_rewritten_section_is_not_a_copy()
    {
        var current = Sample.With("problems.md", Rewritten).With("overview.md", "{{ year }}年，我局" + Rewritten.Replace("三方面", "两方面", StringComparison.Ordinal)[..60] + "。").With("other.md", "本年度未收取信息处理费。建议提案已全部办结。");

        Assert.DoesNotContain(CheckWithPrevious(current, Sample)[0].Diagnostics, d => d.Rule.Id == "S01");
    }

    [Fact]
    public void S02_two_agencies_with_nearly_the_same_section()
    {
        var a = Agency("甲县文化和旅游局");
        var b = Agency("乙县文化和旅游局", Sample.With("problems.md", LightlyEdited(Sample["problems.md"])))
            .With("overview.md", "{{ year }}年，我局" + Rewritten).With("other.md", Rewritten + "本年度未收取信息处理费。");

        var outcomes = CrossUnitSimilarityRule.Check([a.Check(), b.Check()]);

        var first = Assert.Single(outcomes[0].Diagnostics, d => d.Rule.Id == "S02");
        var second = Assert.Single(outcomes[1].Diagnostics, d => d.Rule.Id == "S02");
        Assert.Contains("乙县文化和旅游局（sample/problems.md:", first.Message, StringComparison.Ordinal);
        Assert.Contains("甲县文化和旅游局", second.Message, StringComparison.Ordinal);
        Assert.True(first.Actual >= 80m);
    }

    [Fact]
    public void S02_folders_of_the_same_agency_are_not_cross_unit_copies()
    {
        var outcomes = CrossUnitSimilarityRule.Check([Sample.Check(), Sample.Check()]);

        Assert.All(outcomes, o => Assert.Empty(o.Diagnostics));
    }

    [Fact]
    public void S02_every_one_of_many_near_copies_is_found_once_per_section()
    {
        // 300 agencies, each section the sample's with the agency's own figure: all near copies of each other.
        var outcomes = Enumerable.Range(1, 300)
            .Select(i => Agency($"第{i}局", Sample.With("problems.md", Sample["problems.md"] + $"\n本局编号{i}。")).Check())
            .ToImmutableArray();

        var checkedOutcomes = CrossUnitSimilarityRule.Check(outcomes);

        // overview, problems and other are long enough to compare; the sample has no 二–四 lead paragraphs.
        Assert.All(checkedOutcomes, o => Assert.Equal(3, o.Diagnostics.Count(d => d.Rule.Id == "S02")));
    }

    [Fact]
    public void Shingles_ignore_figures_spaces_and_punctuation_but_not_words()
    {
        // Each text twice: a section shorter than ShingledText.MinimumLength letters is not compared at all.
        static ShingledText Text(string s) => ShingledText.From(new NarrativeText("x.md", s + "\n" + s))!;
        var original = Text("本年度我局主动公开政府信息1200条，其中政策文件86件，政策解读35篇，回应关切12次，召开新闻发布会3场，发布重点领域信息540条。");
        var figures = Text("本年度我局主动公开政府信息1350条；其中政策文件 90 件、政策解读40篇，回应关切15次，召开新闻发布会4场，发布重点领域信息600条。");
        var other = Text("我局依托门户网站专栏和政务新媒体矩阵，围绕优化营商环境、乡村振兴、生态环境保护等领域发布信息并开展解读，同时加强了保密审查。");

        Assert.Equal(1.0, original.ContainedIn(figures), 3);
        Assert.True(original.ContainedIn(other) < 0.1);
    }
}
