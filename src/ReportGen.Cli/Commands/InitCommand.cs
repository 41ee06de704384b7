using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen init &lt;folder&gt; --agency &lt;name&gt; --year &lt;yyyy&gt;`: a ready-to-fill report folder.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "要新建的报告文件夹（须不存在或为空）" };
        var agency = new Option<string>("--agency") { Description = "机关全称，例如“某某市某某局”", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度，例如 2024", Required = true };
        var workbook = new Option<bool>("--workbook") { Description = "三张表写成一个 Excel 工作簿 tables.xlsx（按官方表样排版，可在 WPS/Excel 中填写），而不是三个 CSV" };
        var command = new Command("init", "新建一个待填写的报告文件夹（三张表全为 0，叙述文件带常用小标题提示）") { folder, agency, year, workbook };
        command.Validators.Add(result =>
        {
            // init's rules on its request (InitRequestValidator, which init applies too), as usage errors before
            // anything is made. Read the tokens, not the values: a year that is no number has no value, and asking
            // for it throws. A missing option or argument is System.CommandLine's own error.
            if (result.GetResult(agency) is { Tokens: [var name] } && result.GetResult(year) is { Tokens: [var given] })
            {
                var target = result.GetResult(folder) is { Tokens: [var path] } ? path.Value : string.Empty;
                foreach (var problem in InitRequestValidator.Options.Value.Problems(target, name.Value, given.Value))
                {
                    result.AddError(problem);
                }
            }
        });
        command.SetAction(parsed =>
        {
            var outcome = new ReportInitializer().Init(new InitRequest(parsed.GetValue(folder)!, parsed.GetValue(agency)!, parsed.GetValue(year), parsed.GetValue(workbook)));
            foreach (var d in outcome.Diagnostics)
            {
                console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.Folder, console.Color));
            }
            if (outcome.ExitCode != ExitCode.Success)
            {
                return (int)outcome.ExitCode;
            }
            console.Wrote([outcome.Folder]);
            var tables = parsed.GetValue(workbook) ? "工作簿 tables.xlsx 中的三张表" : "三张表的 CSV";
            console.Output.WriteLine($"已新建 {SafeText.Of(outcome.Folder)}（{outcome.Written.Length} 个文件）。请填写{tables}与叙述文件，然后运行 reportgen check {SafeText.Of(outcome.Folder)}。");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
