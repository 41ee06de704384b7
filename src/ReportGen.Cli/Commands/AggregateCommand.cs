using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen aggregate &lt;folders…&gt; -o &lt;folder&gt;`: the region's tallies, summed cell by cell.</summary>
internal static class AggregateCommand
{
    public static Command Create(CliConsole console)
    {
        var folders = new Argument<string[]>("folder") { Description = "要汇总的报告文件夹，或包含多个报告文件夹的上级文件夹", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "要新建的汇总报告文件夹（须不存在或为空）", Required = true };
        var agency = new Option<string?>("--agency") { Description = "汇总报告的名称，例如“某某县人民政府”" };
        var command = new Command("aggregate", "把多个单位的统计数据逐格相加，生成汇总报告文件夹") { folders, output, agency };
        command.SetAction(parsed =>
        {
            var outcome = new ReportAggregator().Aggregate(new AggregateRequest([.. parsed.GetValue(folders)!], parsed.GetValue(output)!, parsed.GetValue(agency)));
            console.Wrote([outcome.Written]);
            if (outcome.Written is null)
            {
                new TextFindingsFormatter(console.Color).Write(console.Output, [.. outcome.Inputs.Where(i => i.Diagnostics.Length > 0)]);
            }
            foreach (var d in outcome.Diagnostics)
            {
                console.Output.WriteLine(TextFindingsFormatter.Line(d, parsed.GetValue(output)!, console.Color));
            }
            console.Output.WriteLine(outcome.Written is { } folder
                ? $"已汇总 {outcome.Inputs.Length} 个报告到 {SafeText.Of(folder)}。"
                : "未汇总。");
            return (int)outcome.ExitCode;
        });
        return command;
    }
}
