using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// How the process meets its console before the command line runs. Only Windows needs anything:
/// a double-clicked exe gets a console window of its own that vanishes the moment the process ends,
/// and the console's code page (936 on Chinese Windows) cannot show every character a report holds.
/// </summary>
internal static class ConsoleStart
{
    public static int Run(string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            UseUnicodeOutput();
            if (args.Length == 0 && WindowsConsole.OwnedByThisProcessOnly())
            {
                return DoubleClickHelp.Show(Console.Out, Console.In);
            }
        }
        return CliApp.Run(args, Console.Out, Console.Error);
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
