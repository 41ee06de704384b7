using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;
using ReportGen.Tests.Trust;

namespace ReportGen.Tests.Cli;

/// <summary>
/// `aggregate --verify`: a published regional report against the sum of its units, cell by cell,
/// and against the units it records; nothing is written.
/// </summary>
public class AggregateVerifyTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    /// <summary>Three units (the sample under three names, 行政许可 387 each) and the region of the first two, made by `aggregate`.</summary>
    private static (string A, string B, string C, string Region) Region(TempFolder temp)
    {
        var (a, b, c) = (temp.File("units/a"), temp.File("units/b"), temp.File("c"));
        Sample.WriteTo(a);
        Sample.With("report.json", "{\"agency\": \"聊城市某某局\", \"year\": 2023}").WithCell("active.csv", 7, 2, "13").WriteTo(b);
        Sample.With("report.json", "{\"agency\": \"聊城市某乙局\", \"year\": 2023}").WriteTo(c);
        var region = temp.File("region");
        Assert.Equal(0, InProcessCli.Run("aggregate", a, b, "-o", region, "--agency", "聊城市").ExitCode);
        return (a, b, c, region);
    }

    private static string Snapshot(string folder) =>
        string.Join('\n', Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => File.Exists(p) ? $"{p} {File.GetLastWriteTimeUtc(p):O} {new FileInfo(p).Length}" : p));

    [Fact]
    public void Identical_sums_pass_whatever_the_order_of_the_units_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var (a, b, _, region) = Region(temp);
        var before = Snapshot(temp.Path);

        var inOrder = InProcessCli.Run("aggregate", "--verify", region, a, b);
        var reversed = InProcessCli.Run("aggregate", "--verify", region, b, a);
        var parent = InProcessCli.Run("aggregate", "--verify", region, temp.File("units"));

        foreach (var run in new[] { inOrder, reversed, parent })
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"核对通过：{region} 的每个单元格都等于 2 个单位之和。", run.Stdout.Trim());
        }
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public void Verify_prints_json_as_check_does_for_a_ci_job()
    {
        using var temp = new TempFolder();
        var (a, b, _, region) = Region(temp);
        var active = Path.Combine(region, "active.csv");
        File.WriteAllText(active, File.ReadAllText(active).Replace("行政许可,400", "行政许可,401", StringComparison.Ordinal));

        var run = CliProcess.Run("aggregate", "--verify", region, a, b, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var report = Assert.Single(json.RootElement.GetProperty("reports").EnumerateArray());
        Assert.Equal(region, report.GetProperty("folder").GetString());
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("A01", finding.GetProperty("rule").GetString());
        Assert.Equal(active, finding.GetProperty("file").GetString());
        Assert.Equal(7, finding.GetProperty("line").GetInt32());

        var aggregate = CliProcess.Run("aggregate", a, b, "-o", temp.File("other"), "--format", "json");
        Assert.Equal(2, aggregate.ExitCode);
        Assert.Contains("--format 只用于 --verify", aggregate.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("other")));
    }

    [Fact]
    public void A_cell_changed_in_the_regional_report_is_named_with_the_sum_and_each_unit()
    {
        using var temp = new TempFolder();
        var (a, b, _, region) = Region(temp);
        // 行政许可 is 387 + 13 = 400; the published region says 401.
        var active = Path.Combine(region, "active.csv");
        File.WriteAllText(active, File.ReadAllText(active).Replace("行政许可,400", "行政许可,401", StringComparison.Ordinal));

        var outcome = new AggregateVerifier().Verify(new AggregateVerifyRequest(region, [a, b]));

        Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("A01", d.Rule.Id);
        Assert.Equal("表二（主动公开政府信息情况）", d.Table);
        Assert.Equal("行政许可", d.Row);
        Assert.Equal("本年处理决定数量", d.Column);
        Assert.Equal((400m, 401m, 1m), (d.Expected, d.Actual, d.Difference));
        Assert.Equal($"{active}:7:2", d.Location!.ToString());
        Assert.Equal([387m, 13m], d.Operands.Select(o => o.Value));
        Assert.Contains("各单位之和为 400（聊城市文化和旅游局 387 + 聊城市某某局 13），汇总报告为 401", d.Message, StringComparison.Ordinal);

        var cli = InProcessCli.Run("aggregate", "--verify", region, a, b);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"{active}:7:2: error A01: 表二“行政许可”行“本年处理决定数量”列", cli.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 个单元格不符，共 1 个错误。", cli.Stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_the_region_leaves_out_and_a_listed_unit_not_given_are_both_named()
    {
        using var temp = new TempFolder();
        var (a, b, c, region) = Region(temp);

        var extra = new AggregateVerifier().Verify(new AggregateVerifyRequest(region, [a, b, c]));
        var missing = new AggregateVerifier().Verify(new AggregateVerifyRequest(region, [a]));

        var left = Assert.Single(extra.Diagnostics, d => d.Rule.Id == "A02");
        Assert.Equal(c, left.Location!.File);
        Assert.Contains("没有聊城市某乙局：该单位未被汇总", left.Message, StringComparison.Ordinal);
        // c's figures are not in the region: every non-zero cell differs by c's figure.
        Assert.Contains(extra.Diagnostics, d => d.Rule.Id == "A01" && d.Row == "行政许可" && d.Expected == 787m && d.Actual == 400m);
        var notGiven = Assert.Single(missing.Diagnostics, d => d.Rule.Id == "A02");
        Assert.Contains("列出了聊城市某某局，但没有给出该单位的报告", notGiven.Message, StringComparison.Ordinal);
        Assert.All(new[] { extra, missing }, o => Assert.Equal(ExitCode.RulesBroken, o.ExitCode));
    }

    [Fact]
    public void A_unit_given_twice_is_a_warning_and_counted_once()
    {
        using var temp = new TempFolder();
        var (a, b, _, region) = Region(temp);
        var copy = temp.File("copy-of-a");
        Sample.WriteTo(copy);

        var outcome = new AggregateVerifier().Verify(new AggregateVerifyRequest(region, [a, b, a + "/", copy]));

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal(2, outcome.UnitsCompared);
        Assert.Equal(["A03", "A03"], outcome.Diagnostics.Select(d => d.Rule.Id));
        Assert.Contains("是同一个报告，只计一次", outcome.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("都是聊城市文化和旅游局2023年度的报告，只计一次", outcome.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_another_year_is_named()
    {
        using var temp = new TempFolder();
        var (a, _, _, region) = Region(temp);
        var old = temp.File("b-2022");
        Sample.With("report.json", "{\"agency\": \"聊城市某某局\", \"year\": 2022}").WithCell("active.csv", 7, 2, "13").WriteTo(old);

        var outcome = new AggregateVerifier().Verify(new AggregateVerifyRequest(region, [a, old]));

        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id == "A02" && d.Message.Contains("2022年度的，而汇总报告是2023年度的", StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_docx_is_verified_with_the_units_its_overview_names()
    {
        using var temp = new TempFolder();
        var (a, b, c, region) = Region(temp);
        var docx = temp.File("聊城市.docx");
        Assert.Equal(0, InProcessCli.Run("build", region, "-o", docx).ExitCode);

        var same = new AggregateVerifier().Verify(new AggregateVerifyRequest(docx, [b, a]));
        var wrong = new AggregateVerifier().Verify(new AggregateVerifyRequest(docx, [a, c]));

        Assert.Equal(ExitCode.Success, same.ExitCode);
        Assert.True(same.UnitsListed);
        Assert.Empty(same.Diagnostics);
        Assert.Equal(ExitCode.RulesBroken, wrong.ExitCode);
        Assert.Contains(wrong.Diagnostics, d => d.Rule.Id == "A02" && d.Message.Contains("没有聊城市某乙局", StringComparison.Ordinal));
        Assert.Contains(wrong.Diagnostics, d => d.Rule.Id == "A02" && d.Message.Contains("列出了聊城市某某局", StringComparison.Ordinal));
        var cell = Assert.Single(wrong.Diagnostics, d => d.Rule.Id == "A01" && d.Row == "行政许可");
        Assert.Equal((774m, 400m), (cell.Expected, cell.Actual));
    }

    [Fact]
    public void The_cli_end_to_end_exits_by_the_verdict_and_refuses_a_wrong_use()
    {
        using var temp = new TempFolder();
        var (a, b, c, region) = Region(temp);

        var pass = CliProcess.Run("aggregate", "--verify", region, a, b);
        var fail = CliProcess.Run("aggregate", "--verify", region, a, b, c);
        var neither = CliProcess.Run("aggregate", a, b);
        var both = CliProcess.Run("aggregate", a, b, "-o", temp.File("x"), "--verify", region);
        var absent = CliProcess.Run("aggregate", "--verify", temp.File("nowhere"), a);

        Assert.Equal(0, pass.ExitCode);
        Assert.Equal(1, fail.ExitCode);
        Assert.Contains("error A02", fail.Stdout, StringComparison.Ordinal);
        Assert.Contains("error A01", fail.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("请用 -o 指定要新建的汇总报告文件夹，或用 --verify", neither.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.False(Directory.Exists(temp.File("x")));
        Assert.Equal(2, absent.ExitCode);
        Assert.Contains("error F01", absent.Stdout, StringComparison.Ordinal);
    }
}
