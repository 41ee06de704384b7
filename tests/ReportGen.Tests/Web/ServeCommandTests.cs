using System.Diagnostics;
using System.Net;
using System.Text;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Web;

/// <summary>`reportgen serve` as a person runs it: a real process, the URL first on stdout, the page behind its token.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_the_url_with_its_token_first_and_serves_the_folder_until_stopped()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.SampleFolder))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "serve", temp.Path, "--no-open" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var url = new Uri(first!);
            Assert.Equal("127.0.0.1", url.Host);
            Assert.StartsWith("?token=", url.Query, StringComparison.Ordinal);

            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true });
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(url, "/api/report"))).StatusCode);
            var page = await http.GetStringAsync(url);
            Assert.True(page.Contains("政府信息公开工作年度报告", StringComparison.Ordinal), page);
            var report = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri(url, "/api/report")))!;
            Assert.Equal("聊城市文化和旅游局", (string?)report["form"]!["metadata"]!["agency"]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_of_a_missing_folder_says_so_and_fails()
    {
        var result = CliProcess.Run("serve", "no-such-folder", "--no-open");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("报告文件夹 no-such-folder 不存在", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
