using System.CommandLine;
using ReportGen.Cli.Commands;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>The command line: parses arguments, hands a request to the core, maps the outcome to an exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("ReportGen：政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的检查与生成工具")
        {
            CheckCommand.Create(console),
            BuildCommand.Create(console),
            RulesCommand.Create(console),
            InitCommand.Create(console),
            ImportCommand.Create(console),
            AggregateCommand.Create(console),
            ServeCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine($"参数错误：{ParseErrorText.Chinese(e.Message)}");
            }
            error.WriteLine("用法见 reportgen --help");
            return (int)ExitCode.JobFailed;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must still end with a sentence a civil servant can act on, not a stack trace.
            error.WriteLine($"reportgen 内部错误：{e.Message}");
            error.WriteLine("没有写入任何文件。请把这条信息和所用的文件发给维护者。");
            return (int)ExitCode.JobFailed;
        }
    }
}
