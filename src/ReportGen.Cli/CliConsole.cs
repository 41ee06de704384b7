namespace ReportGen.Cli;

/// <summary>
/// Where a command writes, and whether those are terminals: colour and progress only for a person
/// at a terminal, never with NO_COLOR, never into a pipe or a CI log. It also keeps what the command
/// wrote to disk, so that a failure afterwards (a full disk behind stdout) can still say so truly.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    private readonly List<string> written = [];

    public TextWriter Output { get; } = new ConsoleOutputWriter(output);

    public TextWriter Error => error;

    public bool Color => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && NoColorUnset;

    public bool Progress => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The files and folders the command has written, in order.</summary>
    public IReadOnlyList<string> Written => written;

    public void Wrote(IEnumerable<string?> paths) => written.AddRange(paths.OfType<string>());

    private static bool NoColorUnset => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

/// <summary>Standard output failed (a full disk, a closed pipe): not a bug of the command, and not a reason to lie about the files.</summary>
internal sealed class ConsoleOutputException(IOException inner) : IOException(inner.Message, inner);

/// <summary>Passes text on, telling a failure of standard output apart from the command's own failures.</summary>
internal sealed class ConsoleOutputWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new ConsoleOutputException(e);
        }
    }
}
