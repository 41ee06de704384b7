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
        UnicodeConsole.Use();
        // Any argument is the command line: nothing more is asked of the system on that path.
        return args.Length == 0 && StartFacts.Of(args) is { IsDoubleClick: true } facts
            ? DoubleClickStart.OpenPage(facts, Console.Out, Console.Error, Console.In)
            : CliApp.Run(args, Console.Out, Console.Error);
    }
}
