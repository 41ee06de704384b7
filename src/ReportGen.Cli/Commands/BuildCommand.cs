using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>
/// `reportgen build &lt;folder&gt; -o &lt;file.docx&gt;`: checks, then writes the Word report; nothing is written on an error.
/// Given a folder of report folders, builds each into the output folder.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "报告文件夹，或包含多个报告文件夹的上级文件夹（批量生成）" };
        var output = new Option<string>("--output", "-o") { Description = "要生成的 Word 文件（.docx）；批量生成时为输出文件夹", Required = true };
        var templates = new Option<string?>("--templates") { Description = "修改过的模板文件夹（默认使用内置的 templates/）" };
        var command = new Command("build", "检查数据并生成政府信息公开工作年度报告（Word .docx）") { folder, output, templates };
        command.SetAction(parsed =>
        {
            var outcomes = new ReportBuilder().Run(new BuildRequest(parsed.GetValue(folder)!, parsed.GetValue(output)!, parsed.GetValue(templates)));
            console.Wrote(outcomes.Select(o => o.Written));
            foreach (var outcome in outcomes)
            {
                foreach (var d in outcome.Diagnostics)
                {
                    console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.Folder, console.Color));
                }
                var check = outcome.AsCheck;
                console.Output.WriteLine(outcome.Written is { } path
                    ? $"已生成 {SafeText.Of(path)}（{check.Warnings} 个警告）。"
                    : $"未生成 {SafeText.Of(outcome.Folder)} 的报告：{check.Errors} 个错误，{check.Warnings} 个警告。请先修正错误。");
            }
            if (outcomes.Count > 1)
            {
                console.Output.WriteLine($"共 {outcomes.Count} 个报告：已生成 {outcomes.Count(o => o.Written is not null)} 个，未生成 {outcomes.Count(o => o.Written is null)} 个。");
            }
            return (int)outcomes.Max(o => o.ExitCode);
        });
        return command;
    }
}
