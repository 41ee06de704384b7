using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>The README is the reference people work from: it must name every key and rule the tool knows.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repo.Path_("README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_row_and_column_key_is_documented()
    {
        var keys = StatutoryFormat.Tables.SelectMany(t => t.Rows.Select(r => r.Key).Concat(t.Columns.Select(c => c.Key))).Distinct();

        Assert.All(keys, key => Assert.Contains($"`{key}`", Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_documented()
    {
        // As a whole word: "R10" must not count for R1.
        Assert.All(RuleCatalog.All.Where(r => !r.Id.StartsWith('I')), rule =>
            Assert.Matches(new Regex($"(?<![A-Za-z0-9]){Regex.Escape(rule.Id)}(?![0-9])"), Readme));
    }

    /// <summary>
    /// The "one real message for each class of problem" block, line by line, is what the tool prints for
    /// inputs made as the block describes them (y: a broken 表三, z: a misspelt template name, x: a workbook
    /// saved as reviews.csv, r: an output onto an input file). Run from a folder that stands for /tmp/ex.
    /// </summary>
    [Fact]
    public void Every_example_message_is_what_the_tool_prints()
    {
        using var temp = new TempFolder();
        var sample = SampleFiles.Load();
        Write(temp.File("y"), sample.WithCell("applications.csv", 3, 8, "4").WithCell("applications.csv", 18, 1, "2.重复申请事项")
            .WithCell("applications.csv", 5, 3, "/"));
        Write(temp.File("z"), sample.With("problems.md", "本年度政府信息公开工作存在的主要问题：{{ neww }}。" + sample["problems.md"]));
        Write(temp.File("x"), sample);
        File.WriteAllBytes(Path.Combine(temp.File("x"), "reviews.csv"), [(byte)'P', (byte)'K', 3, 4, .. new byte[60]]);
        Write(temp.File("r"), sample);
        string[][] runs =
        [
            ["check", "y", "--format", "xml"], ["check", "nowhere"], ["check", "x"], ["build", "r", "-o", "/nonexistent/dir/r.docx"],
            ["build", "r", "-o", "r/report.json"], ["check", "y"], ["build", "z", "-o", "z.docx"],
        ];
        var printed = runs.Select(args => CliProcess.RunIn(temp.Path, args)).SelectMany(r => (r.Stdout + r.Stderr).Split('\n'))
            .Select(l => l.TrimEnd('\r').Replace(temp.Path, "/tmp/ex", StringComparison.Ordinal)).ToHashSet();

        var examples = Block(Readme, "One real message for each class of problem", "```\n").Where(l => !l.StartsWith('#')).ToList();

        Assert.True(examples.Count >= 11, $"{examples.Count} example lines");
        Assert.All(examples, line => Assert.Contains(line, printed));
    }

    [Fact]
    public void The_json_example_is_what_the_tool_prints()
    {
        using var temp = new TempFolder();
        var sample = SampleFiles.Load();
        var reviews = sample["reviews.csv"].Split('\n');
        reviews[1] = "3" + reviews[1][1..];
        Write(temp.File("x"), sample.With("report.json", sample["report.json"].Replace("聊城市文化和旅游局", "某某局", StringComparison.Ordinal))
            .With("reviews.csv", string.Join('\n', reviews)));

        var printed = CliProcess.RunIn(temp.Path, "check", "x", "--format", "json").Stdout;

        var example = string.Join('\n', Block(Readme, "### JSON output", "```\n`line`"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(printed)), printed);
    }

    /// <summary>The lines of the first fenced block after <paramref name="heading"/>, up to <paramref name="end"/>.</summary>
    private static string[] Block(string text, string heading, string end)
    {
        var at = text.IndexOf(heading, StringComparison.Ordinal);
        var start = text.IndexOf('\n', text.IndexOf("```", at, StringComparison.Ordinal)) + 1;
        return text[start..text.IndexOf(end, start, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static void Write(string folder, SampleFiles files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files.Files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    [Fact]
    public void Every_template_name_is_documented()
    {
        var sample = SampleFiles.Load().Check().Report!;
        var model = ReportGen.Render.TemplateModel.Build(sample, new Dictionary<string, string>());
        var tables = StatutoryFormat.Tables.Select(t => t.Key).ToHashSet();

        var names = ReportGen.Render.TemplateModel.Names(model).Where(n => !tables.Contains(n.Split('.')[0]) && !n.StartsWith("indicators.", StringComparison.Ordinal));

        Assert.All(names, name => Assert.Contains($"`{name}", Readme, StringComparison.Ordinal));
        // Indicators are documented as indicators.<key>.<field>: every key and every field by name.
        var indicators = ReportGen.Render.TemplateModel.Names(model).Where(n => n.StartsWith("indicators.", StringComparison.Ordinal)).Select(n => n.Split('.')).ToList();
        Assert.Equal(5 * 11, indicators.Count);
        Assert.All(indicators, parts => Assert.Contains($"`indicators.{parts[1]}`", Readme, StringComparison.Ordinal));
        Assert.All(indicators, parts => Assert.Matches($"`(indicators\\.<key>)?\\.?{parts[2]}`", Readme));
    }

    [Fact]
    public void The_first_screen_has_the_two_commands()
    {
        var firstScreen = string.Join('\n', Readme.Split('\n').Take(20));

        Assert.Contains("dotnet run --project src/ReportGen.Cli -- build samples/liaocheng-culture-tourism-2023", firstScreen, StringComparison.Ordinal);
        Assert.Contains("dotnet test ReportGen.sln", firstScreen, StringComparison.Ordinal);
    }
}
