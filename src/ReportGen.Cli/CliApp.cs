using System.CommandLine;
using System.Runtime.InteropServices;
using ReportGen.Cli.Commands;
using ReportGen.Disk;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>The command line: parses arguments, hands a request to the core, maps the outcome to an exit code.</summary>
internal static class CliApp
{
    // A .docx is written in milliseconds: a write under way when the signal comes may finish rather than leave a half.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        // A stopped process takes its temporary files with it; the default action (ending the process) follows.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => TempPaths.RemoveAll(StopGrace));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => TempPaths.RemoveAll(StopGrace));
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
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var e in parsed.Errors)
                {
                    error.WriteLine($"参数错误：{SafeText.Of(ParseErrorText.Chinese(e.Message))}");
                }
                error.WriteLine("用法见 reportgen --help");
                return (int)ExitCode.JobFailed;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ConsoleOutputException e)
        {
            error.WriteLine($"reportgen 无法输出结果（标准输出）：{SafeText.Of(e.Message)}");
            error.WriteLine(WrittenSentence(console.Written));
            return (int)ExitCode.JobFailed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must still end with a sentence a civil servant can act on, not a stack trace.
            error.WriteLine($"reportgen 内部错误：{SafeText.Of(e.Message)}");
            error.WriteLine(WrittenSentence(console.Written) + "请把这条信息和所用的文件发给维护者。");
            return (int)ExitCode.JobFailed;
        }
    }

    /// <summary>What is on disk, truly: the files written before the failure, or none.</summary>
    private static string WrittenSentence(IReadOnlyList<string> written) =>
        written.Count == 0 ? "没有写入任何文件。" : $"已写入 {written.Count} 个文件：{SafeText.Of(string.Join("、", written))}。";
}
