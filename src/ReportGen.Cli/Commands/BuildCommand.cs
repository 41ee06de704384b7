using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen build &lt;folder&gt; -o &lt;file.docx&gt;`: checks, then writes the Word report; nothing is written on an error.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "报告文件夹" };
        var output = new Option<string>("--output", "-o") { Description = "要生成的 Word 文件（.docx）", Required = true };
        var templates = new Option<string?>("--templates") { Description = "修改过的模板文件夹（默认使用内置的 templates/）" };
        var command = new Command("build", "检查数据并生成政府信息公开工作年度报告（Word .docx）") { folder, output, templates };
        command.SetAction(parsed =>
        {
            var request = new BuildRequest(parsed.GetValue(folder)!, parsed.GetValue(output)!, parsed.GetValue(templates));
            var outcome = new ReportBuilder().Build(request);
            foreach (var d in outcome.Diagnostics)
            {
                console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.Folder, console.Color));
            }
            var errors = outcome.AsCheck.Errors;
            var warnings = outcome.AsCheck.Warnings;
            console.Output.WriteLine(outcome.Written is { } path
                ? $"已生成 {path}（{warnings} 个警告）。"
                : $"未生成报告：{errors} 个错误，{warnings} 个警告。请先修正错误。");
            return (int)outcome.ExitCode;
        });
        return command;
    }
}
