using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Load;

public class StructureFindingsTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static string[] Lines(string file) => Sample[file].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static SampleFiles WithLines(string file, IEnumerable<string> lines) => Sample.With(file, string.Join("\n", lines));

    [Fact]
    public void A_missing_row_is_an_error_naming_the_row()
    {
        var outcome = WithLines("applications.csv", Lines("applications.csv").Where(l => !l.StartsWith("2.重复申请", StringComparison.Ordinal))).Check();

        var d = Assert.Single(outcome.Diagnostics, x => x.Rule.Id == "C01");
        Assert.Equal("2.重复申请", d.Row);
        Assert.Equal("sample/applications.csv", d.Location!.File);
        Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
    }

    [Fact]
    public void An_unknown_row_is_an_error_with_a_did_you_mean()
    {
        var lines = Lines("applications.csv");
        lines[16] = "2.重复申请事项材料" + lines[16][lines[16].IndexOf(',', StringComparison.Ordinal)..];

        var d = Assert.Single(WithLines("applications.csv", lines).Check().Diagnostics, x => x.Rule.Id == "C02");

        Assert.Equal(new SourceLocation("sample/applications.csv", 17, 1), d.Location);
        Assert.Contains("您是否指“2.重复申请”", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_row_is_an_error_pointing_at_both_lines()
    {
        var lines = Lines("applications.csv").ToList();
        lines.Add(lines[3]);

        var d = Assert.Single(WithLines("applications.csv", lines).Check().Diagnostics, x => x.Rule.Id == "C03");

        Assert.Equal(27, d.Location!.Line);
        Assert.Contains("第 4 行已有", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_and_an_unknown_column()
    {
        var lines = Lines("applications.csv");
        lines[0] = lines[0].Replace("科研机构", "科研院所", StringComparison.Ordinal);

        var findings = WithLines("applications.csv", lines).Check().Diagnostics;

        var unknown = Assert.Single(findings, x => x.Rule.Id == "C05");
        Assert.Equal(new SourceLocation("sample/applications.csv", 1, 4), unknown.Location);
        var missing = Assert.Single(findings, x => x.Rule.Id == "C04");
        Assert.Equal("科研机构", missing.Column);
    }

    [Fact]
    public void Letters_in_a_figure_are_reported_at_the_cell()
    {
        var d = Assert.Single(Sample.WithCell("reviews.csv", 2, 7, "一").Check().Diagnostics, x => x.Rule.Id == "C06");

        Assert.Equal(new SourceLocation("sample/reviews.csv", 2, 7), d.Location);
        Assert.Equal("行政诉讼/未经复议直接起诉/结果纠正", d.Column);
    }

    [Fact]
    public void Extra_cells_on_a_row_are_reported()
    {
        var d = Assert.Single(Sample.WithCell("active.csv", 7, 3, "5").Check().Diagnostics);

        Assert.Equal("C09", d.Rule.Id);
        Assert.Equal(new SourceLocation("sample/active.csv", 7, 3), d.Location);
    }

    [Fact]
    public void Near_miss_labels_are_read_with_a_warning_and_the_official_spelling()
    {
        var lines = Lines("applications.csv");
        lines[6] = lines[6].Replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", StringComparison.Ordinal);

        var outcome = WithLines("applications.csv", lines).Check();

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("C08", d.Rule.Id);
        Assert.Contains("2.其他法律行政法规禁止公开", d.Hint, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
    }

    [Fact]
    public void A_missing_file_is_a_job_failure()
    {
        var outcome = Sample.Without("reviews.csv").Check();

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("F01", d.Rule.Id);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }

    [Theory]
    [InlineData("{\"agency\": \"某局\"}", "year")]
    [InlineData("{\"agency\": \"某局\", \"year\": \"2023\"}", "整数")]
    [InlineData("{\"agency\": \"某局\", \"year\": 1999}", "不可能")]
    [InlineData("{\"year\": 2023}", "agency")]
    [InlineData("{\"agency\": \"某局\", \"year\": 2023,,}", "JSON")]
    public void Bad_metadata_is_reported(string json, string words)
    {
        var d = Assert.Single(Sample.With("report.json", json).Check().Diagnostics);

        Assert.Equal("M01", d.Rule.Id);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_metadata_keys_are_warned_at_their_line()
    {
        var d = Assert.Single(Sample.With("report.json", "{\n\"agency\": \"某局\",\n\"year\": 2023,\n\"yaer\": 2024\n}").Check().Diagnostics);

        Assert.Equal("M02", d.Rule.Id);
        Assert.Equal(4, d.Location!.Line);
    }
}
