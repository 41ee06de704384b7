using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// On Windows the console's code page (936 on Chinese Windows, 437 or 65001 elsewhere) cannot show every
/// character a report holds. Shared by both executables (linked into src/ReportGen.Web): the page's
/// executable writes its status line into the same console window a double-clicked reportgen.exe made.
/// </summary>
internal static class UnicodeConsole
{
    public static void Use()
    {
        if (!OperatingSystem.IsWindows())
        {
            return;
        }
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
