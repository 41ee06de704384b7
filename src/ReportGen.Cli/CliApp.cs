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
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine($"参数错误：{e.Message}");
            }
            error.WriteLine("用法见 reportgen --help");
            return (int)ExitCode.JobFailed;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
