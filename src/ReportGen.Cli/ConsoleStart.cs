using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// How the process meets its console before the command line runs. On Windows the console's code
/// page (936 on Chinese Windows) cannot show every character a report holds. A double-click (no
/// arguments, no terminal: <see cref="StartFacts"/>) opens the filling page instead of the command
/// line, whose console window would vanish the moment the process ended.
/// </summary>
internal static class ConsoleStart
{
    public static int Run(string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            UseUnicodeOutput();
        }
        // Any argument is the command line: nothing more is asked of the system on that path.
        return args.Length == 0 && StartFacts.Of(args) is { IsDoubleClick: true } facts
            ? DoubleClickStart.OpenPage(facts, Console.Out, Console.Error, Console.In)
            : CliApp.Run(args, Console.Out, Console.Error);
    }

    private static void UseUnicodeOutput()
    {
        // UTF-16 makes .NET write to a console with WriteConsoleW: every character shows, whatever the
        // code page, and the code page of the user's cmd window is left as it was.
        if (!Console.IsOutputRedirected || !Console.IsErrorRedirected)
        {
            Console.OutputEncoding = Encoding.Unicode;
        }
        // Into a file or a pipe the bytes are UTF-8, the same as on Linux, not the ANSI code page.
        if (Console.IsOutputRedirected)
        {
            Console.SetOut(Utf8(Console.OpenStandardOutput()));
        }
        if (Console.IsErrorRedirected)
        {
            Console.SetError(Utf8(Console.OpenStandardError()));
        }
    }

    private static StreamWriter Utf8(Stream stream) => new(stream, new UTF8Encoding(false)) { AutoFlush = true };
}
