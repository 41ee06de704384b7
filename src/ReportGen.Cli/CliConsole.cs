namespace ReportGen.Cli;

/// <summary>
/// Where a command writes, and whether those are terminals: colour and progress only for a person
/// at a terminal, never with NO_COLOR, never into a pipe or a CI log.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Output => output;

    public TextWriter Error => error;

    public bool Color => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && NoColorUnset;

    public bool Progress => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    private static bool NoColorUnset => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
