using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Findings;

/// <summary>Compiler-style lines ("applications.csv:5:3: error R4: …") and a summary line, in Chinese.</summary>
internal sealed class TextFindingsFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<CheckOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            foreach (var d in outcome.Diagnostics)
            {
                writer.WriteLine(Line(d, outcome.Folder));
            }
        }
        var errors = outcomes.Sum(o => o.Errors);
        var warnings = outcomes.Sum(o => o.Warnings);
        writer.WriteLine(errors == 0
            ? $"检查通过：0 个错误，{warnings} 个警告。"
            : $"检查未通过：{errors} 个错误，{warnings} 个警告。");
    }

    public static string Line(Diagnostic d, string folder)
    {
        var where = d.Location?.ToString() ?? folder;
        var severity = d.Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {severity} {d.Rule.Id}: {d.Message}。{d.Hint}";
    }
}
