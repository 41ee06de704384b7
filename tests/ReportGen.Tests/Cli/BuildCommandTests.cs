using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Tests.Write;

namespace ReportGen.Tests.Cli;

/// <summary>`reportgen build` as a person runs it: the real process, real files.</summary>
public class BuildCommandTests
{
    [Fact]
    public void Build_writes_a_valid_report_of_the_sample_that_matches_the_golden_projection()
    {
        using var temp = new TempFolder();
        var output = temp.File("报告.docx");

        var result = CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已生成", result.Stdout, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(output);
        DocxAssert.Valid(new MemoryStream(bytes));
        Golden.Matches("sample.docx.txt", DocxProjection.Of(bytes));
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Build_is_deterministic()
    {
        using var temp = new TempFolder();

        CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", temp.File("a.docx"));
        CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", temp.File("b.docx"));

        Assert.Equal(File.ReadAllBytes(temp.File("a.docx")), File.ReadAllBytes(temp.File("b.docx")));
    }

    [Fact]
    public void Build_refuses_data_that_breaks_a_rule_and_leaves_an_older_report_untouched()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "report");
        SampleFiles.Load().WithCell("applications.csv", 2, 2, "6").WriteTo(folder);
        var output = temp.File("old.docx");
        File.WriteAllText(output, "older report");

        var result = CliProcess.Run("build", folder, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error R4", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("未生成", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("older report", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Build_never_overwrites_an_input_file()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WriteTo(temp.Path);
        var input = temp.File("applications.csv");
        var before = File.ReadAllBytes(input);

        var result = CliProcess.Run("build", temp.Path, "-o", input);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("F03", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("no-such-dir/report.docx")]
    [InlineData(".")]
    public void Build_to_an_impossible_output_path_exits_2(string output)
    {
        var result = CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("F03", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_an_output_is_a_usage_error()
    {
        var result = CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("参数错误", result.Stderr, StringComparison.Ordinal);
    }
}
