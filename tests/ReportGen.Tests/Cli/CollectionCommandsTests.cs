using System.Text.Json;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>The 政务公开办's commands: many folders, init, aggregate, import, cross-year, CI formats.</summary>
public class CollectionCommandsTests
{
    private const string SamplePath = "samples/liaocheng-culture-tourism-2023";

    [Fact]
    public void Init_creates_a_well_formed_folder_whose_prompts_fail_check_until_replaced()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "新单位");

        var init = CliProcess.Run("init", folder, "--agency", "示例市示例局", "--year", "2024");
        var check = CliProcess.Run("check", folder, "--format", "json");
        var build = CliProcess.Run("build", folder, "-o", temp.File("new.docx"));

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(1, check.ExitCode);
        using var json = JsonDocument.Parse(check.Stdout);
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        // The structure is valid (every table, row and column in place); only the prompts are findings.
        Assert.All(findings, d => Assert.Equal("N02", d.GetProperty("rule").GetString()));
        var prompts = findings.Select(d => d.GetProperty("file").GetString()).Distinct().Select(Path.GetFileName);
        Assert.Equal(["other.md", "overview.md", "problems.md"], prompts.Order(StringComparer.Ordinal));
        // Each prompt says what to write.
        Assert.All(findings, d => Assert.Matches("“（请(填写|概述|补充)[^”]{6,}", d.GetProperty("message").GetString()!));
        Assert.Equal(1, build.ExitCode);
        Assert.False(File.Exists(temp.File("new.docx")));
        var rows = File.ReadAllLines(Path.Combine(folder, "applications.csv"));
        Assert.Equal(26, rows.Length);
        Assert.Contains("（二）依申请公开", File.ReadAllText(Path.Combine(folder, "overview.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_folder_passes_check_and_builds_once_the_prompts_are_replaced()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "新单位");
        CliProcess.Run("init", folder, "--agency", "示例市示例局", "--year", "2024");
        foreach (var file in Directory.GetFiles(folder, "*.md"))
        {
            var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), "（请[^（）]*）", "本年度我局按要求开展了相关工作，具体情况如下所述，并将持续改进存在的不足之处，切实提高政务公开工作质量和群众满意度。");
            File.WriteAllText(file, text.Replace("（一）收取信息处理费情况。", "（一）收取信息处理费情况。本年度未收取信息处理费。", StringComparison.Ordinal));
        }

        var check = CliProcess.Run("check", folder);
        var build = CliProcess.Run("build", folder, "-o", temp.File("new.docx"));

        Assert.Equal(0, check.ExitCode);
        Assert.Equal("检查通过：0 个错误，0 个警告。", check.Stdout.Trim());
        Assert.Equal(0, build.ExitCode);
    }

    [Fact]
    public void Init_never_writes_into_a_folder_that_has_files()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("notes.txt"), "mine");

        var result = CliProcess.Run("init", temp.Path, "--agency", "某局", "--year", "2024");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_of_a_parent_folder_checks_every_report_and_ends_with_a_table()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WriteTo(Path.Combine(temp.Path, "a"));
        SampleFiles.Load().WithCell("reviews.csv", 2, 1, "1").WriteTo(Path.Combine(temp.Path, "b"));

        var result = CliProcess.Run("check", temp.Path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(temp.Path, "b") + "  ", StringComparison.Ordinal) && l.Contains("聊城市文化和旅游局  1", StringComparison.Ordinal));
        Assert.Equal("检查未通过：2 个报告，1 个未通过；1 个错误，0 个警告。", lines[^1]);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Aggregate_sums_cell_by_cell_records_the_units_and_passes_check()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WriteTo(Path.Combine(temp.Path, "in", "a"));
        SampleFiles.Load().With("report.json", "{\"agency\": \"聊城市某某局\", \"year\": 2023}").WriteTo(Path.Combine(temp.Path, "in", "b"));
        var output = Path.Combine(temp.Path, "region");

        var result = CliProcess.Run("aggregate", Path.Combine(temp.Path, "in"), "-o", output, "--agency", "聊城市");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, CliProcess.Run("check", output).ExitCode);
        Assert.Contains("一、本年新收政府信息公开申请数量,10,0,0,0,0,0,10", File.ReadAllText(Path.Combine(output, "applications.csv")), StringComparison.Ordinal);
        Assert.Contains("行政许可,774", File.ReadAllText(Path.Combine(output, "active.csv")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        Assert.Equal(["聊城市文化和旅游局", "聊城市某某局"], json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Aggregate_refuses_inputs_that_fail_check_and_writes_nothing()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WriteTo(Path.Combine(temp.Path, "a"));
        SampleFiles.Load().WithCell("applications.csv", 2, 2, "9").WriteTo(Path.Combine(temp.Path, "b"));
        var output = Path.Combine(temp.Path, "region");

        var result = CliProcess.Run("aggregate", Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"), "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("未通过检查，未汇总", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Import_of_the_seed_text_writes_a_folder_that_check_accepts()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "imported");

        var result = CliProcess.Run("import", "seeds/000_8c8e42fb274846ab.txt", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, CliProcess.Run("check", output).ExitCode);
        static string Cells(string path) => string.Join('\n', File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => string.Join('|', CsvText.Split(l))));
        Assert.Equal(Cells(Repo.Path_(SamplePath, "applications.csv")), Cells(Path.Combine(output, "applications.csv")));
    }

    [Fact]
    public void Check_of_a_published_report_file_imports_it_in_memory()
    {
        using var temp = new TempFolder();
        var broken = File.ReadAllText(Repo.Path_("seeds", "000_8c8e42fb274846ab.txt"))
            .Replace("行政复议\t\t\t\t\t行政诉讼", "行政复议\t\t\t\t\t行政诉讼", StringComparison.Ordinal)
            .Replace("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "\n2\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal);
        File.WriteAllText(temp.File("report.txt"), broken);

        var clean = CliProcess.Run("check", "seeds/000_8c8e42fb274846ab.txt");
        var dirty = CliProcess.Run("check", temp.File("report.txt"));

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(1, dirty.ExitCode);
        Assert.Contains("error R5", dirty.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_year_carried_forward_must_be_this_years_carried_over()
    {
        using var temp = new TempFolder();
        var previous = Path.Combine(temp.Path, "2022");
        SampleFiles.Load().WithCell("applications.csv", 26, 2, "3").WithCell("applications.csv", 26, 8, "3")
            .WithCell("applications.csv", 2, 2, "8").WithCell("applications.csv", 2, 8, "8").WriteTo(previous);

        var result = CliProcess.Run("check", SamplePath, "--previous", previous, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var r6 = json.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("rule").GetString() == "R6").ToList();
        Assert.Equal(2, r6.Count);
        Assert.All(r6, d => Assert.Equal(3, d.GetProperty("line").GetInt32()));
        Assert.Contains(r6, d => d.GetProperty("col").GetString() == "自然人" && d.GetProperty("expected").GetDecimal() == 3
            && d.GetProperty("operands")[0].GetProperty("file").GetString() == Path.Combine(previous, "applications.csv"));
    }

    [Fact]
    public void Github_format_escapes_what_the_runner_requires()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "a,b:c");
        SampleFiles.Load().WithCell("reviews.csv", 2, 1, "1").WriteTo(folder);

        var result = CliProcess.Run("check", folder, "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stdout.Trim().Split('\n'));
        Assert.StartsWith($"::error file={temp.Path.Replace(":", "%3A", StringComparison.Ordinal)}/a%2Cb%3Ac/reviews.csv,line=2,col=5,title=R5 复议诉讼总计与分项之和不符::表四", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0_with_rules_locations_and_fingerprints()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WithCell("applications.csv", 3, 8, "4").WriteTo(temp.Path);

        var result = CliProcess.Run("check", temp.Path, "--format", "sarif");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("R1", rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var r in results)
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.Equal("error", r.GetProperty("level").GetString());
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/applications.csv", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
            Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("reportgenCell/v1").GetString()!.Length);
        }
    }

    [Fact]
    public void Rules_lists_the_catalogue_the_validator_runs()
    {
        var result = CliProcess.Run("rules", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var ids = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ReportGen.Format.RuleCatalog.All.Select(r => r.Id), ids);
        Assert.Contains("R9", ids);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = CliProcess.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_completion_suggests_commands_and_option_values()
    {
        var commands = CliProcess.Run("[suggest:10]", "reportgen ");
        var formats = CliProcess.Run("[suggest:26]", "reportgen check --format ");

        Assert.Superset(new HashSet<string> { "check", "build", "init", "import", "aggregate", "rules" }, commands.Stdout.Split('\n').Select(l => l.Trim()).ToHashSet());
        Assert.Equal(["github", "json", "sarif", "text"], formats.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    }
}
