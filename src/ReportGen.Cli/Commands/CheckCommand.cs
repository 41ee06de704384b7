using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen check &lt;folder&gt;…`: every finding, then a summary; exit 0, 1 or 2.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output)
    {
        var folders = new Argument<string[]>("folder")
        {
            Description = "报告文件夹（含 report.json、active.csv、applications.csv、reviews.csv）",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text（默认）或 json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "检查报告文件夹中的数据，逐条指出有误的单元格") { folders, format };
        command.SetAction(parsed =>
        {
            var request = new CheckRequest(
                [.. parsed.GetValue(folders)!],
                parsed.GetValue(format) == "json" ? FindingsFormat.Json : FindingsFormat.Text);
            var outcomes = FolderChecks.Run(request);
            if (request.Format == FindingsFormat.Json)
            {
                using var stdout = new MemoryStream();
                new JsonFindingsFormatter().Write(stdout, outcomes);
                output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else
            {
                new TextFindingsFormatter().Write(output, outcomes);
            }
            return (int)outcomes.Max(o => o.ExitCode);
        });
        return command;
    }
}
