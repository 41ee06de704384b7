using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>
/// `reportgen aggregate &lt;folders…&gt; -o &lt;folder&gt;`: the region's tallies, summed cell by cell;
/// with `--verify &lt;report&gt;` instead of -o, a published regional report compared with that sum.
/// </summary>
internal static class AggregateCommand
{
    public static Command Create(CliConsole console)
    {
        var folders = new Argument<string[]>("folder") { Description = "要汇总的报告文件夹，或包含多个报告文件夹的上级文件夹", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "要新建的汇总报告文件夹（须不存在或为空）" };
        var agency = new Option<string?>("--agency") { Description = "汇总报告的名称，例如“某某县人民政府”" };
        var verify = new Option<string?>("--verify")
        {
            Description = "不汇总，而是核对已发布的汇总报告（报告文件夹，或 .docx/.pdf/.html/.txt 年报文件）是否等于各单位之和；不写入任何文件",
        };
        var workbook = new Option<bool>("--workbook") { Description = "汇总报告的三张表写成一个 Excel 工作簿 tables.xlsx，而不是三个 CSV" };
        var format = CheckCommand.FormatOption();
        format.Description = "--verify 的输出格式：text（默认）、json、github 或 sarif，与 check 相同";
        var command = new Command("aggregate", "把多个单位的统计数据逐格相加，生成汇总报告文件夹（另附各单位数据 units.xlsx）；或核对已发布的汇总报告") { folders, output, agency, verify, workbook, format };
        command.SetAction(parsed =>
        {
            var (units, target, regional) = (parsed.GetValue(folders)!, parsed.GetValue(output), parsed.GetValue(verify));
            if ((target is null) == (regional is null))
            {
                var usage = target is null
                    ? "参数错误：请用 -o 指定要新建的汇总报告文件夹，或用 --verify 指定要核对的已发布汇总报告"
                    : "参数错误：--verify 只核对、不写入，不能与 -o 同时使用";
                console.Error.WriteLine(usage);
                return (int)ExitCode.JobFailed;
            }
            var findings = CheckCommand.ParseFormat(parsed.GetValue(format)!);
            if (regional is null && findings != FindingsFormat.Text)
            {
                console.Error.WriteLine("参数错误：--format 只用于 --verify 的核对结果；汇总（-o）的结果请用 reportgen check 检查生成的文件夹");
                return (int)ExitCode.JobFailed;
            }
            return regional is not null ? Verify(console, regional, units, findings) : Aggregate(console, units, target!, parsed.GetValue(agency), parsed.GetValue(workbook));
        });
        return command;
    }

    private static int Aggregate(CliConsole console, string[] units, string target, string? agency, bool workbook)
    {
        var outcome = new ReportAggregator().Aggregate(new AggregateRequest([.. units], target, agency, workbook));
        console.Wrote([outcome.Written]);
        if (outcome.Written is null)
        {
            new TextFindingsFormatter(console.Color).Write(console.Output, [.. outcome.Inputs.Where(i => i.Diagnostics.Length > 0).Select(i => i.Findings)]);
        }
        foreach (var d in outcome.Diagnostics)
        {
            console.Output.WriteLine(TextFindingsFormatter.Line(d, target, console.Color));
        }
        console.Output.WriteLine(outcome.Written is { } folder
            ? $"已汇总 {outcome.Inputs.Length} 个报告到 {SafeText.Of(folder)}。"
            : "未汇总。");
        return (int)outcome.ExitCode;
    }

    private static int Verify(CliConsole console, string regional, string[] units, FindingsFormat format)
    {
        var outcome = new AggregateVerifier().Verify(new AggregateVerifyRequest(regional, [.. units]));
        if (format != FindingsFormat.Text)
        {
            // As `check` prints them: each unit that could not be read, then the regional report, one report each.
            CheckCommand.Print(console, format, [
                .. outcome.Units.Where(u => u.ExitCode != ExitCode.Success).Select(u => u.Findings),
                new ReportFindings(regional, outcome.Diagnostics)]);
            return (int)outcome.ExitCode;
        }
        foreach (var failed in outcome.Units.Where(u => u.ExitCode != ExitCode.Success))
        {
            foreach (var d in failed.Diagnostics)
            {
                console.Output.WriteLine(TextFindingsFormatter.Line(d, failed.Folder, console.Color));
            }
        }
        foreach (var d in outcome.Diagnostics)
        {
            console.Output.WriteLine(TextFindingsFormatter.Line(d, regional, console.Color));
        }
        var name = SafeText.Of(regional);
        var listed = outcome.UnitsListed ? string.Empty : "（汇总报告未列出所含单位，只核对了数字）";
        console.Output.WriteLine(outcome.ExitCode == ExitCode.Success
            ? $"核对通过：{name} 的每个单元格都等于 {outcome.UnitsCompared} 个单位之和{listed}。"
            : outcome.UnitsCompared == 0
                ? $"未核对 {name}：{outcome.Errors} 个错误。"
                : $"核对未通过：{name} 与 {outcome.UnitsCompared} 个单位之和相比，{outcome.CellsDiffering} 个单元格不符，共 {outcome.Errors} 个错误{listed}。");
        return (int)outcome.ExitCode;
    }
}
