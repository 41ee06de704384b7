using ReportGen.Disk;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 class 5: every failure is a finding of its input, one failure never takes the batch down, messages are true about the disk.</summary>
public class BatchFailureTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    /// <summary>Inputs that each used to end the whole run with an English "内部错误" and no place.</summary>
    public static TheoryData<string, string, string> FormerCrashes => new()
    {
        { "overview.md", "本年新收政府信息公开申请99999999999999999999999999999件。", "R9" },
        { "report.json", "{ \"agency\": \"\\ud800某局\", \"year\": 2023 }", "M01" },
        { "other.md", new string('>', 128) + " 文字", "T06" },
    };

    [Theory]
    [MemberData(nameof(FormerCrashes))]
    public void An_input_that_used_to_crash_is_a_finding_with_its_file(string file, string text, string rule)
    {
        var outcome = Sample.With(file, file.EndsWith(".md", StringComparison.Ordinal) ? Sample[file] + "\n" + text + "\n" : text).Check();

        var finding = Assert.Single(outcome.Diagnostics, d => d.Rule.Id == rule);
        Assert.StartsWith($"sample/{file}", finding.Location!.File, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule.Id == "F05");
    }

    [Fact]
    public void A_batch_build_with_failing_folders_builds_every_other_report_and_its_summary_is_true()
    {
        using var temp = new TempFolder();
        var tree = Path.Combine(temp.Path, "tree");
        Sample.WriteTo(Path.Combine(tree, "a"));
        Sample.With("report.json", "{ \"agency\": \"\\ud800某局\", \"year\": 2023 }").WriteTo(Path.Combine(tree, "b"));
        Sample.With("other.md", new string('>', 128) + " 文字\n").WriteTo(Path.Combine(tree, "c"));
        Sample.WriteTo(Path.Combine(tree, "d"));
        var output = Path.Combine(temp.Path, "out");

        var (code, stdout, _) = InProcessCli.Run("build", tree, "-o", output);

        Assert.Equal(1, code);
        Assert.Equal(["a.docx", "d.docx"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("共 4 个报告：已生成 2 个，未生成 2 个。", stdout, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(tree, "b", "report.json")}:1: error M01", stdout, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(tree, "c", "other.md")}: error T06", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_inside_the_tool_is_the_finding_of_that_folder_only()
    {
        using var temp = new TempFolder();
        Sample.WriteTo(temp.Path);

        var outcome = FolderChecks.CheckOne(InputPath.Classify(temp.Path), new ThrowingTemplates());

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal("F05", finding.Rule.Id);
        Assert.Equal(temp.Path, finding.Location!.File);
        Assert.Contains("其余输入不受影响", finding.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }

    [Fact]
    public void Output_into_a_full_disk_says_which_files_were_written()
    {
        using var temp = new TempFolder();
        var output = temp.File("r.docx");

        var (code, stderr) = InProcessCli.RunIntoFullDisk("build", Repo.SampleFolder, "-o", output);

        Assert.Equal(2, code);
        Assert.True(File.Exists(output));
        Assert.Contains($"已写入 1 个文件：{output}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("没有写入任何文件", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_output_folder_that_cannot_be_created_is_F03_not_an_internal_error()
    {
        using var temp = new TempFolder();
        var tree = Path.Combine(temp.Path, "tree");
        Sample.WriteTo(Path.Combine(tree, "a"));
        Sample.WriteTo(Path.Combine(tree, "b"));
        File.WriteAllText(temp.File("file"), "x");

        var (code, stdout, stderr) = InProcessCli.Run("build", tree, "-o", Path.Combine(temp.File("file"), "out"));

        Assert.Equal(2, code);
        Assert.Equal(2, stdout.Split('\n').Count(l => l.Contains("error F03: 无法创建输出文件夹", StringComparison.Ordinal)));
        Assert.DoesNotContain("内部错误", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_creates_no_output_folder_when_no_report_passes_its_checks()
    {
        using var temp = new TempFolder();
        var tree = Path.Combine(temp.Path, "tree");
        Sample.WithCell("applications.csv", 2, 2, "6").WriteTo(Path.Combine(tree, "a"));
        Sample.WithCell("applications.csv", 2, 2, "7").WriteTo(Path.Combine(tree, "b"));

        var (code, stdout, _) = InProcessCli.Run("build", tree, "-o", temp.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("共 2 个报告：已生成 0 个，未生成 2 个。", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void An_output_name_near_the_file_system_limit_still_has_room_for_its_temporary_file()
    {
        using var temp = new TempFolder();
        var output = temp.File(new string('长', 80) + ".docx"); // 245 bytes of UTF-8

        var (code, stdout, _) = InProcessCli.Run("build", Repo.SampleFolder, "-o", output);

        Assert.Equal(0, code);
        Assert.Contains("已生成", stdout, StringComparison.Ordinal);
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("1999")]
    public void Init_with_a_bad_year_is_a_usage_error_in_chinese_without_a_stack_trace(string year)
    {
        using var temp = new TempFolder();
        var folder = temp.File("x");

        var (code, stdout, stderr) = InProcessCli.Run("init", folder, "--agency", "某局", "--year", year);

        Assert.Equal(2, code);
        Assert.Contains($"参数错误：--year 应为 2008 至 2100 之间的年度（四位数字），而不是“{year}”", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("某局\n# 假标题")]
    public void Init_refuses_an_empty_or_multi_line_agency(string agency)
    {
        using var temp = new TempFolder();
        var folder = temp.File("x");

        var (code, _, stderr) = InProcessCli.Run("init", folder, "--agency", agency, "--year", "2024");

        Assert.Equal(2, code);
        Assert.Contains("--agency 应为机关全称", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    private sealed class ThrowingTemplates : TemplateSet
    {
        public override string Describe(string name) => name;

        public override string? Read(string name) => throw new InvalidOperationException("a bug");
    }
}
