using System.Diagnostics;
using System.Net;
using System.Text;
using ReportGen.Cli;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>A double-clicked reportgen opens the page for a folder the person picks; a command line stays a command line.</summary>
public sealed class DoubleClickStartTests
{
    [Theory]
    // arguments, Windows, console ours alone, a terminal, a graphical session → a double-click
    [InlineData(0, true, true, false, false, true)]
    [InlineData(0, true, false, true, false, false)]   // cmd.exe shares its console
    [InlineData(1, true, true, false, false, false)]   // a file dropped on the exe, or a command
    [InlineData(0, false, false, false, true, true)]   // a file manager: no terminal, a desktop
    [InlineData(0, false, false, true, true, false)]   // a terminal in the desktop
    [InlineData(0, false, false, false, false, false)] // a script or CI without a display
    [InlineData(2, false, false, false, true, false)]
    public void Only_no_arguments_and_no_terminal_is_a_double_click(int arguments, bool windows, bool ownConsole, bool terminal, bool desktop, bool expected) =>
        Assert.Equal(expected, new StartFacts(arguments, windows, ownConsole, terminal, desktop).IsDoubleClick);

    [Fact]
    public void Without_a_display_no_arguments_is_the_command_line_usage()
    {
        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["DISPLAY"] = "", ["WAYLAND_DISPLAY"] = "" });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("请指定命令", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("serve", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Started_from_a_desktop_with_no_terminal_it_opens_the_picker_page_in_the_browser_and_ends_when_told()
    {
        Skip.If(OperatingSystem.IsWindows(), "a desktop session without a terminal is the Linux case; Windows is decided by its console");
        using var temp = new TempFolder();
        // The browser is a script that notes what it was asked to open.
        var bin = Directory.CreateDirectory(temp.File("bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "xdg-open"), $"#!/bin/sh\necho \"$1\" >> '{temp.File("opened.txt")}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = temp.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportgen.dll"));
        start.Environment["DISPLAY"] = ":0";
        start.Environment["PATH"] = bin + Path.PathSeparator + Path.GetDirectoryName(DotnetOnPath());
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var url = new Uri((await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!);
            Assert.Equal("127.0.0.1", url.Host);
            await WaitFor(() => File.Exists(temp.File("opened.txt")));
            Assert.Equal(url.AbsoluteUri, File.ReadAllText(temp.File("opened.txt")).Trim());

            using var http = new HttpClient(new HttpClientHandler { UseCookies = true });
            await http.GetStringAsync(url);
            var session = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri(url, "/api/session")))!;
            Assert.Null((string?)session["folder"]);
            Assert.NotEmpty(session["places"]!.AsArray());

            using var quit = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/api/quit")) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            quit.Headers.TryAddWithoutValidation("Origin", $"http://127.0.0.1:{url.Port}");
            Assert.Equal(HttpStatusCode.NoContent, (await http.SendAsync(quit)).StatusCode);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("ReportGen 正在打开填报页面", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static string DotnetOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("dotnet is not on PATH");

    private static async Task WaitFor(Func<bool> condition)
    {
        // Polls for the condition for up to a minute: a loaded machine may take long to start the page.
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition());
    }
}
