using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen check &lt;folder&gt;…`: every finding, then a summary; exit 0, 1 or 2.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var folders = new Argument<string[]>("folder")
        {
            Description = "报告文件夹（含 report.json、active.csv、applications.csv、reviews.csv），或包含多个报告文件夹的上级文件夹",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption();
        var previous = new Option<string?>("--previous")
        {
            Description = "上年报告文件夹：核对上年结转（R6）与现行有效件数（R7），并给出各项指标的同比变化",
        };
        var command = new Command("check", "检查报告文件夹中的数据，逐条指出有误的单元格") { folders, format, previous };
        command.SetAction(parsed =>
        {
            var request = new CheckRequest([.. parsed.GetValue(folders)!], ParseFormat(parsed.GetValue(format)!), parsed.GetValue(previous));
            Action<int, int, string>? progress = console.Progress
                ? (done, total, folder) => console.Error.Write($"\r[{done}/{total}] {SafeText.Of(folder)}\u001b[K")
                : null;
            var outcomes = FolderChecks.Run(request, progress);
            if (progress is not null)
            {
                console.Error.Write("\r\u001b[K");
            }
            Print(console, request.Format, outcomes);
            return (int)outcomes.Max(o => o.ExitCode);
        });
        return command;
    }

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text（默认）、json、github（GitHub Actions 注释）或 sarif（SARIF 2.1.0）",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif");
        return format;
    }

    public static FindingsFormat ParseFormat(string text) => text switch
    {
        "json" => FindingsFormat.Json,
        "github" => FindingsFormat.GitHub,
        "sarif" => FindingsFormat.Sarif,
        _ => FindingsFormat.Text,
    };

    public static void Print(CliConsole console, FindingsFormat format, IReadOnlyList<CheckOutcome> checks) =>
        Print(console, format, [.. checks.Select(c => c.Findings)]);

    public static void Print(CliConsole console, FindingsFormat format, IReadOnlyList<ReportFindings> outcomes)
    {
        switch (format)
        {
            case FindingsFormat.Json:
                new JsonFindingsFormatter().Write(console.Output, outcomes);
                break;
            case FindingsFormat.Sarif:
                new SarifFindingsFormatter().Write(console.Output, outcomes);
                break;
            case FindingsFormat.GitHub:
                new GitHubFindingsFormatter().Write(console.Output, outcomes);
                break;
            default:
                new TextFindingsFormatter(console.Color).Write(console.Output, outcomes);
                break;
        }
    }
}
