using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen import &lt;file&gt; -o &lt;folder&gt;`: a published report back to a report folder.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "已发布的年报：Word 文档（.docx）或文本（网页复制或 PDF 转换的 .txt）" };
        var output = new Option<string>("--output", "-o") { Description = "要新建的报告文件夹（须不存在或为空）", Required = true };
        var workbook = new Option<bool>("--workbook") { Description = "三张表写成一个 Excel 工作簿 tables.xlsx，而不是三个 CSV" };
        var command = new Command("import", "把已发布的年报（.docx 或文本）导入为报告文件夹") { file, output, workbook };
        command.SetAction(parsed =>
        {
            var outcome = new ReportImport().Import(new ImportRequest(parsed.GetValue(file)!, parsed.GetValue(output)!, parsed.GetValue(workbook)));
            console.Wrote([outcome.Written]);
            foreach (var d in outcome.Diagnostics)
            {
                console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.File, console.Color));
            }
            console.Output.WriteLine(outcome.Written is { } folder
                ? $"已导入到 {SafeText.Of(folder)}：{outcome.Errors} 个错误，{outcome.Warnings} 个警告。请核对后运行 reportgen check {SafeText.Of(folder)}。"
                : $"未导入：{outcome.Errors} 个错误，{outcome.Warnings} 个警告。");
            return (int)outcome.ExitCode;
        });
        return command;
    }
}
