using System.Diagnostics;
using System.Net.Sockets;
using ReportGen.Disk;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Web;

/// <summary>
/// The page's executable: serves one report folder on 127.0.0.1, prints the URL (with its access token)
/// as the first line on stdout, opens the browser, and runs until Ctrl+C or the console closes.
/// </summary>
internal static class WebApp
{
    /// <summary>The executable's start: its console as the CLI's (Chinese shows on any Windows code page), then the page.</summary>
    public static Task<int> MainAsync(string[] args)
    {
        Cli.UnicodeConsole.Use();
        return RunAsync(args, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (request, problem) = ServeRequest.Parse(args);
        if (request is null)
        {
            error.WriteLine($"参数错误：{problem}");
            return (int)ExitCode.JobFailed;
        }
        // One stat through the disk adapter; a folder's contents are the page's to read, not listed here.
        if (request.Folder is { } folder && DiskEntry.Of(folder, followLinks: true).Kind is var kind && kind != EntryKind.Directory)
        {
            error.WriteLine(kind != EntryKind.Missing
                ? $"{folder} 是一个文件，而这里需要报告文件夹。请给出含 report.json 与三张表 CSV 的文件夹；可用 reportgen init 新建"
                : $"报告文件夹 {folder} 不存在。请先用 reportgen init {folder} --agency <机关名称> --year <年度> 新建，或给出已有的文件夹");
            return (int)ExitCode.JobFailed;
        }
        PageServer server;
        try
        {
            server = await PageServer.StartAsync(request).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is SocketException or null)
        {
            error.WriteLine($"无法在 127.0.0.1 上监听端口 {request.Port}：{e.Message}。请换一个端口（--port N），或不给 --port 由系统选择");
            return (int)ExitCode.JobFailed;
        }
        await using (server.ConfigureAwait(false))
        {
            // The first line on stdout is the URL, so a script (or a test) can read it and nothing else.
            output.WriteLine(server.Url);
            output.Flush();
            error.WriteLine($"ReportGen 页面已启动：{server.Folder ?? "（请在页面中选择报告文件夹）"}。用浏览器打开上面的网址；关闭本窗口或按 Ctrl+C 结束。");
            if (request.OpenBrowser && !OpenBrowser(server.Url))
            {
                error.WriteLine("未能自动打开浏览器，请把上面的网址复制到浏览器地址栏中打开。");
            }
            await server.WaitForShutdownAsync().ConfigureAwait(false);
        }
        return (int)ExitCode.Success;
    }

    private static bool OpenBrowser(Uri url)
    {
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url.AbsoluteUri])
            : new ProcessStartInfo("xdg-open", [url.AbsoluteUri]);
        start.RedirectStandardOutput = !OperatingSystem.IsWindows();
        start.RedirectStandardError = !OperatingSystem.IsWindows();
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }
}
