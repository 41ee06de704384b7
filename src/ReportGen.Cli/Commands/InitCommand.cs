using System.CommandLine;
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
        year.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 2008 or > 2100)
            {
                result.AddError("年度应在 2008 至 2100 之间");
            }
        });
        var command = new Command("init", "新建一个待填写的报告文件夹（三张表全为 0，叙述文件带常用小标题提示）") { folder, agency, year };
        command.SetAction(parsed =>
        {
            var outcome = new ReportInitializer().Init(new InitRequest(parsed.GetValue(folder)!, parsed.GetValue(agency)!, parsed.GetValue(year)));
            if (outcome.Problem is { } problem)
            {
                console.Output.WriteLine($"{outcome.Folder}: error F03: {problem}");
                return (int)ExitCode.JobFailed;
            }
            console.Output.WriteLine($"已新建 {outcome.Folder}（{outcome.Written.Length} 个文件）。请填写三张表的 CSV 与叙述文件，然后运行 reportgen check {outcome.Folder}。");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
