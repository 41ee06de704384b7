using System.Diagnostics;
using System.Runtime.InteropServices;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>`reportgen serve`'s request; null folder: the person picks one in the page, and with ExitWhenIdle the page ends once no tab is open (a double-click).</summary>
internal sealed record ServeLaunchRequest(string? Folder, int Port, bool OpenBrowser, bool ExitWhenIdle = false);

/// <summary>
/// Starts the page's executable, reportgen-web, which ships beside reportgen. The page is a second
/// executable because ASP.NET Core in this binary would cost every `check` and `build` (bench/README.md).
/// It inherits this console, so its first line on stdout (the URL) is this command's first line.
/// </summary>
internal sealed class WebLauncher(CliConsole console)
{
    public const string ExecutableName = "reportgen-web";

    public ExitCode Run(ServeLaunchRequest request)
    {
        if (Find() is not { } executable)
        {
            console.Error.WriteLine($"未找到页面程序 {ExecutableName}：它应与 reportgen 位于同一文件夹（{AppContext.BaseDirectory}）。请使用完整的发布包，或用 dotnet run --project src/ReportGen.Web -- <文件夹> 启动");
            return ExitCode.JobFailed;
        }
        var start = executable.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet", [executable]) : new ProcessStartInfo(executable);
        if (request.Folder is { } folder)
        {
            start.ArgumentList.Add(folder);
        }
        if (request.Port != 0)
        {
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add(request.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (!request.OpenBrowser)
        {
            start.ArgumentList.Add("--no-open");
        }
        if (request.ExitWhenIdle)
        {
            start.ArgumentList.Add("--exit-when-idle");
        }
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        // Whatever ends this process (Ctrl+C, a closed terminal, kill) ends the page too: no server left behind.
        var stops = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                Stop(process);
            }))
            .ToList();
        try
        {
            process.WaitForExit();
            return process.ExitCode == 0 ? ExitCode.Success : ExitCode.JobFailed;
        }
        finally
        {
            stops.ForEach(s => s.Dispose());
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    /// <summary>Whether the page's executable ships beside this one.</summary>
    public static bool IsInstalled => Find() is not null;

    /// <summary>The native binary beside this one; in a development build, the managed one beside it.</summary>
    private static string? Find()
    {
        var folder = AppContext.BaseDirectory;
        string[] names = [OperatingSystem.IsWindows() ? $"{ExecutableName}.exe" : ExecutableName, $"{ExecutableName}.dll"];
        return names.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
    }
}
