using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Web;

/// <summary>生成 PDF and 生成 HTML: the CLI's `build` of the folder, beside it; without LibreOffice, F04 says what to install.</summary>
public sealed class PageBuildFormatsTests
{
    [Fact]
    public async Task Html_is_the_clis_web_page_of_the_folder_saved_beside_it()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        using var response = await served.Http.SendAsync(served.Request(HttpMethod.Post, "/api/build/html", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(downloaded, File.ReadAllBytes(served.Folder + ".html"));

        using var cliOut = new TempFolder();
        Assert.Equal(ExitCode.Success, new ReportBuilder().Build(new BuildRequest(served.Folder, [cliOut.File("cli.html")])).ExitCode);
        Assert.Equal(File.ReadAllBytes(cliOut.File("cli.html")), downloaded);
    }

    [SkippableFact]
    public async Task Pdf_is_converted_by_libreoffice_and_saved_beside_the_folder()
    {
        ExternalTool.Require("soffice");
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        using var response = await served.Http.SendAsync(served.Request(HttpMethod.Post, "/api/build/pdf", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(downloaded, 0, 4));
        Assert.Equal(downloaded, File.ReadAllBytes(served.Folder + ".pdf"));
    }

    [Fact]
    public async Task Without_libreoffice_pdf_is_refused_with_f04_naming_what_to_install_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var folder = temp.File("report");
        SampleFiles.Load().WriteTo(folder);
        // A real server process that finds no soffice (the variable names one that is not there).
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen-web.dll"), folder, "--no-open" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["REPORTGEN_SOFFICE"] = temp.File("no-soffice-here");
        using var process = Process.Start(start)!;
        try
        {
            var url = new Uri((await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!);
            using var http = new HttpClient(new HttpClientHandler { UseCookies = true });
            await http.GetStringAsync(url);
            var form = JsonNode.Parse(await http.GetStringAsync(new Uri(url, "/api/report")))!["form"]!.ToJsonString();
            using var build = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/api/build/pdf")) { Content = new StringContent(form, Encoding.UTF8, "application/json") };
            build.Headers.TryAddWithoutValidation("Origin", $"http://127.0.0.1:{url.Port}");
            using var response = await http.SendAsync(build);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.StartsWith("F04：未找到 LibreOffice（soffice）", (string?)body["problem"], StringComparison.Ordinal);
            Assert.Contains("apt-get install", (string?)body["problem"], StringComparison.Ordinal);
            Assert.Contains(body["check"]!["findings"]!.AsArray(), f => (string?)f!["rule"] == "F04");
            Assert.False(File.Exists(folder + ".pdf"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
