using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;
using ReportGen.Validate.Content;

namespace ReportGen.Tests.Validate.Content;

/// <summary>report.json `acknowledged`: a finding accepted with a reason is shown but not counted; a stale entry is K01.</summary>
public class AcknowledgementTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static CheckOutcome Check(SampleFiles files, string acknowledged) =>
        Acknowledgements.Apply(files.With("report.json", files["report.json"].TrimEnd().TrimEnd('}') + $", \"acknowledged\": [{acknowledged}]}}").Check());

    private static SampleFiles WrongYear() =>
        Sample.With("overview.md", Sample["overview.md"] + "\n2022年，我局建成了政务公开专区。\n");

    [Fact]
    public void An_acknowledged_error_is_shown_with_its_reason_and_no_longer_counts()
    {
        var outcome = Check(WrongYear(), "{ \"rule\": \"N01\", \"place\": \"overview.md\", \"reason\": \"回顾专区建成的年份\" }");

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("N01", d.Rule.Id);
        Assert.Equal("回顾专区建成的年份", d.AcknowledgedReason);
        Assert.Equal(0, outcome.Errors);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("problems.md")]
    [InlineData("problems.md:1")]
    [InlineData("problems.md:1:1")]
    public void A_warning_is_matched_by_rule_and_place(string? place)
    {
        var where = place is null ? string.Empty : $"\"place\": \"{place}\", ";
        var outcome = Check(Sample.With("problems.md", "无。"), $"{{ \"rule\": \"N03\", {where}\"reason\": \"本年度确无问题\" }}");

        Assert.Equal("本年度确无问题", Assert.Single(outcome.Diagnostics).AcknowledgedReason);
        Assert.Equal(0, outcome.Warnings);
    }

    [Fact]
    public void An_acknowledgement_of_another_place_leaves_the_finding_counted_and_is_itself_a_warning()
    {
        var outcome = Check(WrongYear(), "{ \"rule\": \"N01\", \"place\": \"other.md\", \"reason\": \"…\" }");

        Assert.Equal(1, outcome.Errors);
        var k = Assert.Single(outcome.Diagnostics, d => d.Rule.Id == "K01");
        Assert.Equal(Severity.Warning, k.Severity);
        Assert.EndsWith("report.json", k.Location!.File, StringComparison.Ordinal);
        Assert.True(k.Location.Line > 0);
    }

    [Fact]
    public void An_acknowledgement_that_matches_nothing_is_a_warning()
    {
        var outcome = Check(Sample, "{ \"rule\": \"R7\", \"reason\": \"2件文件有效期届满失效\" }");

        var k = Assert.Single(outcome.Diagnostics);
        Assert.Equal("K01", k.Rule.Id);
        Assert.Contains("没有这样的问题", k.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
    }

    [Fact]
    public void Arithmetic_cannot_be_acknowledged()
    {
        // reviews.csv column 1 行政复议/结果维持 = 1 while its 总计 stays 0: R5.
        var outcome = Check(Sample.WithCell("reviews.csv", 2, 1, "1"), "{ \"rule\": \"R5\", \"reason\": \"原文如此\" }");

        Assert.Equal(1, outcome.Errors);
        Assert.Null(Assert.Single(outcome.Diagnostics, d => d.Rule.Id == "R5").AcknowledgedReason);
        Assert.Contains("不能以说明代替修正", Assert.Single(outcome.Diagnostics, d => d.Rule.Id == "K01").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_a_reason_is_a_metadata_error()
    {
        var outcome = Check(Sample, "{ \"rule\": \"N03\" }");

        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id == "M01" && d.Message.Contains("reason", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_shows_the_reason_in_text_json_and_sarif()
    {
        using var temp = new TempFolder();
        var folder = System.IO.Path.Combine(temp.Path, "r");
        var files = WrongYear();
        files.With("report.json", files["report.json"].TrimEnd().TrimEnd('}') + ", \"acknowledged\": [{ \"rule\": \"N01\", \"reason\": \"回顾往年\" }]}").WriteTo(folder);

        var text = CliProcess.Run("check", folder);
        var json = CliProcess.Run("check", folder, "--format", "json");
        var sarif = CliProcess.Run("check", folder, "--format", "sarif");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("error N01", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("已确认，不计入：回顾往年", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("检查通过：0 个错误，0 个警告。", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"acknowledged\": \"回顾往年\"", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"justification\": \"回顾往年\"", sarif.Stdout, StringComparison.Ordinal);
    }
}
