using System.Diagnostics;
using System.Text;
using ReportGen.Findings;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 class 4 (data is never executed) and class 7 (messages, signals, duplicate keys).</summary>
public class LiteralAndMessagesTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    [Fact]
    public void Imported_text_that_looks_like_a_template_comes_out_of_build_as_it_went_in()
    {
        using var temp = new TempFolder();
        var published = temp.File("published.txt");
        var text = File.ReadAllText(Directory.GetFiles(Repo.Path_("seeds"), "*.txt").Order(StringComparer.Ordinal).First());
        const string Heading = "## 五、政府信息公开工作存在的主要问题及改进情况\n\n";
        Assert.Contains(Heading, text, StringComparison.Ordinal);
        var hostile = "我们注意到{{ agency }}与{{ for i in 1..100000000 }}x{{ end }}这样的文字。";
        File.WriteAllText(published, text.Replace(Heading, Heading + hostile + "\n\n", StringComparison.Ordinal), new UTF8Encoding(false));
        var folder = temp.File("imported");

        var import = InProcessCli.Run("import", published, "-o", folder);
        var problems = File.ReadAllText(Path.Combine(folder, "problems.md"));
        var check = InProcessCli.Run("check", folder);
        var report = SampleFiles.Load(folder).Check();

        Assert.True(import.ExitCode is 0 or 1, import.Stdout);
        Assert.StartsWith(MarkdownText.LiteralMarker + "\n", problems, StringComparison.Ordinal);
        Assert.Equal(check.ExitCode, import.ExitCode);
        Assert.DoesNotContain("error T0", check.Stdout, StringComparison.Ordinal);
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report.Report!).Value!;
        Assert.Contains(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_name_that_looks_like_a_template_is_summed_as_written()
    {
        using var temp = new TempFolder();
        Sample.With("report.json", Sample["report.json"].Replace("聊城市文化和旅游局", "某局{{ 6*7 }}", StringComparison.Ordinal)).WriteTo(temp.File("a"));
        Sample.With("report.json", Sample["report.json"].Replace("聊城市文化和旅游局", "另一局", StringComparison.Ordinal)).WriteTo(temp.File("b"));
        var sum = temp.File("sum");

        var aggregate = InProcessCli.Run("aggregate", temp.File("a"), temp.File("b"), "-o", sum);
        var report = SampleFiles.Load(sum).Check();

        Assert.Equal(0, aggregate.ExitCode);
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report.Report!).Value!;
        Assert.Contains(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("某局{{ 6*7 }}", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("某局42", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_given_twice_in_report_json_is_an_error_naming_it()
    {
        var outcome = Sample.With("report.json", "{\n  \"agency\": \"甲局\",\n  \"year\": 2023,\n  \"agency\": \"乙局\"\n}").Check();

        var finding = Assert.Single(outcome.Diagnostics, d => d.Rule.Id == "M01");
        Assert.Contains("“agency”出现了两次", finding.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Control_characters_from_inputs_never_reach_the_terminal_or_the_ci_log(string formatName)
    {
        var format = ReportGen.Cli.Commands.CheckCommand.ParseFormat(formatName);
        var hostile = "x\u001b]0;pwned\u0007\n::error::fake\r\u202Eevil";
        var finding = new Diagnostic(RuleCatalog.UnknownRow, new SourceLocation("a\u001b[2J.csv", 3, 1), $"无法识别的行“{hostile}”", "请改正");
        var outcome = new CheckOutcome("a\u001b[2J", null, [finding]);
        var output = new StringWriter();
        var console = new ReportGen.Cli.CliConsole(output, new StringWriter());

        ReportGen.Cli.Commands.CheckCommand.Print(console, format, [outcome]);

        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain(text.Split('\n'), l => l.StartsWith("::error::fake", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_usage_error_is_in_chinese()
    {
        string[][] cases =
        [
            ["build"],
            ["build", "a", "-o"],
            ["check", "--format", "xml", "a"],
            ["init", "x", "--agency", "甲", "--year", "2024", "--bogus"],
            ["frobnicate"],
            [],
            ["build", "a", "-o", "x", "--to", "rtf"],
        ];
        foreach (var args in cases)
        {
            var (code, _, stderr) = InProcessCli.Run(args);

            Assert.Equal(2, code);
            var first = stderr.Split('\n')[0];
            Assert.StartsWith("参数错误：", first, StringComparison.Ordinal);
            Assert.DoesNotContain("参数不符合要求", first, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_batch_stopped_by_sigterm_mid_way_leaves_whole_reports_and_no_temporary_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM is sent with kill");
        using var temp = new TempFolder();
        const int reports = 300;
        var parent = temp.File("reports");
        foreach (var i in Enumerable.Range(1, reports))
        {
            var folder = Path.Combine(parent, $"r{i:D3}");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Repo.SampleFolder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }
        var output = temp.File("out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", parent, "-o", output })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The signal lands while the batch is writing: the first reports are on disk, others are not yet.
        var waited = Stopwatch.StartNew();
        while (!(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.docx").Any()) && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            Thread.Sleep(5);
        }
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        process.WaitForExit();

        var written = Directory.GetFiles(output, "*.docx");
        Assert.InRange(written.Length, 1, reports - 1);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".rg-", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(temp.Path), e => Path.GetFileName(e).StartsWith(".rg-", StringComparison.Ordinal));
        foreach (var docx in written)
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, isEditable: false);
            Assert.NotNull(document.MainDocumentPart?.Document?.Body);
        }
    }
}
