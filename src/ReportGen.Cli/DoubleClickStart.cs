using System.Diagnostics;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// How the process was started, as far as telling a double-click from a command line goes. A
/// double-click gives no arguments and no terminal: on Windows a console window made for this
/// process alone (a shell that started us would share it), elsewhere no terminal on any standard
/// stream in a graphical session (a script or CI without a display keeps the command line).
/// </summary>
internal sealed record StartFacts(int Arguments, bool Windows, bool ConsoleOwnedOnlyByUs, bool Terminal, bool GraphicalSession)
{
    public bool IsDoubleClick => Arguments == 0 && (Windows ? ConsoleOwnedOnlyByUs : !Terminal && GraphicalSession);

    public static StartFacts Of(string[] args) => new(
        args.Length,
        OperatingSystem.IsWindows(),
        OperatingSystem.IsWindows() && WindowsConsole.OwnedByThisProcessOnly(),
        !Console.IsInputRedirected || !Console.IsOutputRedirected || !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")));
}

/// <summary>
/// A double-clicked reportgen opens the filling page (docs: README, "The page") for a folder the
/// person picks or creates there, instead of flashing a console that closes ("闪退"). It never ends
/// without a word: on Windows the window says what happened and waits for Enter; with no terminal
/// at all, a failure is written to a text file that is opened for the person to read. Without the
/// page's executable beside it, it shows <see cref="DoubleClickHelp"/> (how to use the command line).
/// </summary>
internal static class DoubleClickStart
{
    public static int OpenPage(StartFacts facts, TextWriter output, TextWriter error, TextReader input)
    {
        if (!WebLauncher.IsInstalled)
        {
            // Only reportgen, without the page beside it (the .NET tool package, a copied exe): say how to use the command line.
            if (facts.Windows)
            {
                return DoubleClickHelp.Show(output, input);
            }
            error.WriteLine(DoubleClickHelp.Text);
            ShowInTextFile(DoubleClickHelp.Text);
            return (int)ExitCode.Success;
        }
        var said = new StringWriter();
        var tee = new TeeWriter(error, said);
        tee.WriteLine("ReportGen 正在打开填报页面：请在浏览器中打开或新建报告文件夹。关闭本窗口或在页面上点“关闭程序”即结束。");
        var exit = new WebLauncher(new CliConsole(output, tee)).Run(new ServeLaunchRequest(null, 0, OpenBrowser: true, ExitWhenIdle: true));
        var ending = exit == ExitCode.Success ? "ReportGen 已结束。" : $"ReportGen 未能打开填报页面（{said.ToString().Trim()}）。";
        if (facts.Windows)
        {
            error.WriteLine(ending);
            error.Write("按回车键关闭此窗口。");
            input.ReadLine();
        }
        else if (exit != ExitCode.Success)
        {
            error.WriteLine(ending);
            ShowInTextFile(ending);
        }
        return (int)exit;
    }

    /// <summary>With no terminal, the only place a person will see the sentence is a file opened for them.</summary>
    private static void ShowInTextFile(string text)
    {
        try
        {
            var file = Path.Combine(Path.GetTempPath(), "ReportGen-未能打开页面.txt");
            File.WriteAllText(file, text + Environment.NewLine);
            using var viewer = Process.Start(new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [file]) { UseShellExecute = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // Nowhere left to say it; stderr (a session log) has it.
        }
    }

    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }
    }
}
