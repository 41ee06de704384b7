using System.Text.Json;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>The real reportgen process, as a person or a CI job runs it.</summary>
public class CheckCommandTests
{
    private const string SamplePath = "samples/liaocheng-culture-tourism-2023";

    [Fact]
    public void Check_on_the_sample_exits_0_with_a_summary()
    {
        var result = CliProcess.Run("check", SamplePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("检查通过：0 个错误，0 个警告。", result.Stdout.Trim());
    }

    [Fact]
    public void A_broken_figure_exits_1_with_a_compiler_style_line()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WithCell("applications.csv", 3, 8, "4").WriteTo(temp.Path);

        var result = CliProcess.Run("check", temp.Path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"{temp.Path}/applications.csv:3:8: error R4: 表三“二、上年结转政府信息公开申请数量”行", StringComparison.Ordinal));
        Assert.StartsWith("检查未通过：2 个错误", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_the_documented_versioned_document()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WithCell("reviews.csv", 2, 1, "3").WriteTo(temp.Path);

        var result = CliProcess.Run("check", temp.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var d = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("R5", d.GetProperty("rule").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal($"{temp.Path}/reviews.csv", d.GetProperty("file").GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(5, d.GetProperty("column").GetInt32());
        Assert.Equal("表四（政府信息公开行政复议、行政诉讼情况）", d.GetProperty("table").GetString());
        Assert.Equal("行政复议/总计", d.GetProperty("col").GetString());
        Assert.Equal(3, d.GetProperty("expected").GetDecimal());
        Assert.Equal(0, d.GetProperty("actual").GetDecimal());
        Assert.Equal(-3, d.GetProperty("difference").GetDecimal());
        Assert.Equal(4, d.GetProperty("operands").GetArrayLength());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void A_missing_folder_exits_2()
    {
        var result = CliProcess.Run("check", "no/such/folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no/such/folder 不存在", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "x", "--format", "xml")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("参数错误", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
