using System.Collections.Immutable;
using System.CommandLine;
using ReportGen.Findings;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>
/// `reportgen build &lt;folder&gt; -o r.docx [-o r.pdf] [-o r.html]`: checks, then writes every output
/// asked for, its format by extension; nothing is written on an error. Given a folder of report
/// folders, builds each into the output folder, in the formats `--to` names (.docx by default).
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "报告文件夹，或包含多个报告文件夹的上级文件夹（批量生成）" };
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "要生成的文件，格式由扩展名决定：.docx（Word）、.pdf（需 LibreOffice）、.html（网页）、.xlsx（三张表的 Excel 工作簿）；可多次给出。批量生成时为输出文件夹",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "批量生成时每份报告要生成的格式：docx、pdf、html、xlsx，可多次给出（默认 docx）",
            AllowMultipleArgumentsPerToken = false,
        };
        to.AcceptOnlyFromAmong("docx", "pdf", "html", "xlsx");
        var templates = new Option<string?>("--templates") { Description = "修改过的模板文件夹（默认使用内置的 templates/）" };
        var previous = new Option<string?>("--previous") { Description = "上年报告文件夹：核对上年结转（R6）与现行有效件数（R7），叙述中可用各项指标的同比变化" };
        var command = new Command("build", "检查数据并生成政府信息公开工作年度报告（Word .docx、PDF 或网页 HTML）") { folder, output, to, templates, previous };
        command.SetAction(parsed =>
        {
            var (source, targets, formats, changed) = (parsed.GetValue(folder)!, parsed.GetValue(output)!, parsed.GetValue(to) ?? [], parsed.GetValue(templates));
            var outcomes = new ReportBuilder().Run(new BuildRequest(source, [.. targets], changed, [.. formats.Select(f => OutputFormats.Named(f)!.Value)]) { Previous = parsed.GetValue(previous) });
            console.Wrote(outcomes.SelectMany(o => o.Written.IsDefault ? Enumerable.Empty<string>() : o.Written));
            foreach (var outcome in outcomes)
            {
                foreach (var d in outcome.Diagnostics)
                {
                    console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.Folder, console.Color));
                }
                console.Output.WriteLine(outcome.IsWritten
                    ? $"已生成 {string.Join("、", outcome.Written.Select(SafeText.Of))}（{outcome.Warnings} 个警告）。"
                    : $"未生成 {SafeText.Of(outcome.Folder)} 的报告：{outcome.Errors} 个错误，{outcome.Warnings} 个警告。请先修正错误。");
            }
            if (outcomes.Count > 1)
            {
                console.Output.WriteLine($"共 {outcomes.Count} 个报告：已生成 {outcomes.Count(o => o.IsWritten)} 个，未生成 {outcomes.Count(o => !o.IsWritten)} 个。");
            }
            return (int)outcomes.Max(o => o.ExitCode);
        });
        return command;
    }
}
