using System.Diagnostics;
using System.Text;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>
/// Valid HTML5 as the W3C's Nu Html Checker (vnu.jar, from the npm package vnu-jar that .ci/run
/// installs) judges it: the content model, attributes and the table model, not only the parser.
/// </summary>
public class HtmlValidityTests
{
    public const string JarVariable = "REPORTGEN_VNU_JAR";

    [SkippableFact]
    public void The_pages_of_the_sample_and_of_a_wide_report_with_a_signature_are_valid_HTML5()
    {
        var java = ExternalTool.Require("java");
        var jar = ExternalTool.RequireFile(JarVariable, "the Nu Html Checker (npm vnu-jar)");
        using var temp = new TempFolder();
        var wide = Path.Combine(temp.Path, "wide");
        WideTallies.Files("聊城市文化和旅游局（聊城市广播电视局、聊城市文物局）")
            .With("report.json", """{ "agency": "聊城市文化和旅游局", "year": 2023, "signature": { "date": "2024-01-20" } }""")
            .WriteTo(wide);
        var pages = new[] { temp.File("sample.html"), temp.File("wide.html") };
        Assert.Equal(0, CliProcess.Run("build", Repo.SampleFolder, "-o", pages[0]).ExitCode);
        Assert.Equal(0, CliProcess.Run("build", wide, "-o", pages[1]).ExitCode);

        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8 };
        foreach (var a in (string[])["-jar", jar, "--errors-only", "--format", "text", .. pages])
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "vnu did not finish");

        Assert.True(process.ExitCode == 0, stdout.Result + stderr.Result);
    }
}
