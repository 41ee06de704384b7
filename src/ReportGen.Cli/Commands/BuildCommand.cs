using System.Collections.Immutable;
using System.CommandLine;
using ReportGen.Findings;
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
            Description = "要生成的文件，格式由扩展名决定：.docx（Word）、.pdf（需 LibreOffice）、.html（网页）；可多次给出。批量生成时为输出文件夹",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "批量生成时每份报告要生成的格式：docx、pdf、html，可多次给出（默认 docx）",
            AllowMultipleArgumentsPerToken = false,
        };
        to.AcceptOnlyFromAmong("docx", "pdf", "html");
        var templates = new Option<string?>("--templates") { Description = "修改过的模板文件夹（默认使用内置的 templates/）" };
        var command = new Command("build", "检查数据并生成政府信息公开工作年度报告（Word .docx、PDF 或网页 HTML）") { folder, output, to, templates };
        command.SetAction(parsed =>
        {
            var (source, targets, formats, changed) = (parsed.GetValue(folder)!, parsed.GetValue(output)!, parsed.GetValue(to) ?? [], parsed.GetValue(templates));
            var batch = ReportBuilder.IsCollection(source);
            if (Misuse(batch, targets, formats) is { } usage)
            {
                console.Error.WriteLine($"参数错误：{usage}");
                console.Error.WriteLine("用法见 reportgen build --help");
                return (int)ExitCode.JobFailed;
            }
            var builder = new ReportBuilder();
            var outcomes = batch
                ? builder.BuildAll(source, targets[0], [.. formats.Select(f => OutputFormats.Named(f)!.Value)], changed)
                : [builder.Build(new BuildRequest(source, [.. targets], changed))];
            foreach (var outcome in outcomes)
            {
                foreach (var d in outcome.Diagnostics)
                {
                    console.Output.WriteLine(TextFindingsFormatter.Line(d, outcome.Folder, console.Color));
                }
                var check = outcome.AsCheck;
                console.Output.WriteLine(outcome.IsWritten
                    ? $"已生成 {string.Join("、", outcome.Written)}（{check.Warnings} 个警告）。"
                    : $"未生成 {outcome.Folder} 的报告：{check.Errors} 个错误，{check.Warnings} 个警告。请先修正错误。");
            }
            if (outcomes.Count > 1)
            {
                console.Output.WriteLine($"共 {outcomes.Count} 个报告：已生成 {outcomes.Count(o => o.IsWritten)} 个，未生成 {outcomes.Count(o => !o.IsWritten)} 个。");
            }
            return (int)outcomes.Max(o => o.ExitCode);
        });
        return command;
    }

    /// <summary>A batch writes into one folder, in the formats --to names; one report takes its formats from the -o extensions.</summary>
    private static string? Misuse(bool batch, string[] targets, string[] formats) =>
        batch && targets.Length > 1 ? "批量生成时只能给出一个 -o 输出文件夹；要生成多种格式，请用 --to，例如 --to docx --to pdf"
        : !batch && formats.Length > 0 ? "--to 只用于批量生成；生成一份报告时，格式由 -o 文件的扩展名决定，例如 -o 报告.pdf"
        : null;
}
