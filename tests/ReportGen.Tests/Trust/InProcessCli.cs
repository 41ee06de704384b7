using System.Text;
using ReportGen.Cli;
using ReportGen.Model;

namespace ReportGen.Tests.Trust;

/// <summary>The CLI run in this process: fast, and its standard output can be made to fail like a full disk.</summary>
internal static class InProcessCli
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Stderr) RunIntoFullDisk(params string[] args)
    {
        var error = new StringWriter();
        var code = CliApp.Run(args, new FullDiskWriter(), error);
        return (code, error.ToString());
    }

    /// <summary>What standard output redirected to /dev/full does: every write fails with ENOSPC.</summary>
    private sealed class FullDiskWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
