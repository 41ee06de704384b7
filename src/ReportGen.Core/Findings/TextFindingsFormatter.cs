using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Findings;

/// <summary>
/// Compiler-style lines ("applications.csv:5:3: error R4: …"), a table of folders when there are
/// several, and a summary line, in Chinese. Colour only when the caller says the output is a terminal.
/// </summary>
internal sealed class TextFindingsFormatter(bool color = false)
{
    public void Write(TextWriter writer, IReadOnlyList<ReportFindings> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            foreach (var d in outcome.Diagnostics)
            {
                writer.WriteLine(Line(d, outcome.Folder, color));
            }
        }
        if (outcomes.Count > 1)
        {
            WriteTable(writer, outcomes);
        }
        var errors = outcomes.Sum(o => o.Errors);
        var warnings = outcomes.Sum(o => o.Warnings);
        var failed = outcomes.Count(o => o.ExitCode != ExitCode.Success);
        var scope = outcomes.Count > 1 ? $"{outcomes.Count} 个报告，{failed} 个未通过；" : string.Empty;
        writer.WriteLine(errors == 0
            ? $"检查通过：{scope}0 个错误，{warnings} 个警告。"
            : $"检查未通过：{scope}{errors} 个错误，{warnings} 个警告。");
    }

    public static string Line(Diagnostic d, string folder, bool color = false)
    {
        var where = SafeText.Of(d.Location?.ToString() ?? folder);
        var severity = d.Severity == Severity.Error ? "error" : "warning";
        if (color)
        {
            severity = d.Severity == Severity.Error ? $"\u001b[31m{severity}\u001b[0m" : $"\u001b[33m{severity}\u001b[0m";
        }
        // Shown so nothing is hidden, marked so nobody fixes what the agency has explained.
        var id = d.AcknowledgedReason is { } reason ? $"{d.Rule.Id}（已确认，不计入：{SafeText.Of(reason)}）" : d.Rule.Id;
        return d.Hint.Length == 0
            ? $"{where}: {severity} {id}: {SafeText.Of(d.Message)}。"
            : $"{where}: {severity} {id}: {SafeText.Of(d.Message)}。{SafeText.Of(d.Hint)}";
    }

    /// <summary>One line per folder: what a 政务公开办 reads to see which agencies must fix their data.</summary>
    private static void WriteTable(TextWriter writer, IReadOnlyList<ReportFindings> outcomes)
    {
        string[] header = ["文件夹", "机关", "错误", "警告"];
        var rows = outcomes.Select(o => new[] { SafeText.Of(o.Folder), SafeText.Of(o.Report?.Metadata.Agency ?? "（未能读取）"), o.Errors.ToString(), o.Warnings.ToString() }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => Width(r[i]))).ToArray();
        writer.WriteLine();
        foreach (var row in rows.Prepend(header))
        {
            writer.WriteLine(string.Join("  ", row.Select((cell, i) => cell + new string(' ', widths[i] - Width(cell)))).TrimEnd());
        }
        writer.WriteLine();
    }

    /// <summary>Terminal columns: a Chinese character takes two.</summary>
    private static int Width(string text) => text.Sum(ch => ch >= 0x2E80 ? 2 : 1);
}
