using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Validate.Content;

/// <summary>
/// report.json `acknowledged`: findings the agency has looked at, each with its reason. A matched
/// finding is kept and shown with the reason but no longer counts; an entry that matches nothing, or
/// that names a rule whose findings are facts rather than judgements, is itself a warning (K01).
/// </summary>
internal static class Acknowledgements
{
    /// <summary>
    /// Warnings, and the errors that judge prose (R9 and the N rules can misread a sentence). Table
    /// arithmetic, structure and job failures are facts: a reason does not make a sum right.
    /// </summary>
    public static bool CanAcknowledge(RuleSpec rule) =>
        rule != RuleCatalog.K01 && rule.Kind == RuleKind.Data
        && (rule.Severity == Severity.Warning || rule == RuleCatalog.R9 || rule.Id.StartsWith('N'));

    public static CheckOutcome Apply(CheckOutcome outcome)
    {
        if (outcome.Report is not { } report || report.Metadata.Acknowledgements.IsDefaultOrEmpty)
        {
            return outcome;
        }
        var entries = report.Metadata.Acknowledgements;
        var used = new bool[entries.Length];
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in outcome.Diagnostics)
        {
            var match = CanAcknowledge(d.Rule) ? IndexOf(entries, d) : -1;
            if (match >= 0)
            {
                used[match] = true;
                findings.Add(d with { AcknowledgedReason = entries[match].Reason });
            }
            else
            {
                findings.Add(d);
            }
        }
        var metadata = Prose.MetadataLocation(report);
        for (var i = 0; i < entries.Length; i++)
        {
            var a = entries[i];
            if (used[i])
            {
                continue;
            }
            var known = RuleCatalog.All.FirstOrDefault(r => r.Id == a.Rule);
            var place = a.Place is null ? string.Empty : $"“{a.Place}”处";
            var (message, hint) = known is not null && !CanAcknowledge(known)
                ? ($"report.json 确认了 {a.Rule}{place}的问题，但 {a.Rule}（{known.Title}）是表格或文件本身的错误，不能以说明代替修正",
                    "请修正数据；只有警告和基于文字判断的规则（R9、N 开头）可以确认")
                : ($"report.json 确认了 {a.Rule}{place}的问题（理由：{a.Reason}），但本次检查没有这样的问题",
                    known is null ? $"没有编号为 {a.Rule} 的规则，请用 reportgen rules 查看规则编号" : "问题可能已经修正，请删除这一项；或核对 place（文件名、文件名:行号，或行、列标签）");
            findings.Add(new Diagnostic(RuleCatalog.K01, metadata with { Line = a.Line }, message, hint));
        }
        return outcome with { Diagnostics = findings.ToImmutable() };
    }

    private static int IndexOf(ImmutableArray<Acknowledgement> entries, Diagnostic d)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Rule == d.Rule.Id && Matches(entries[i].Place, d))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>No place: every finding of the rule. Else a file ("active.csv"), "file:line", "file:line:column", or a row or column label.</summary>
    private static bool Matches(string? place, Diagnostic d)
    {
        if (place is null)
        {
            return true;
        }
        if (d.Row == place || d.Column == place)
        {
            return true;
        }
        if (d.Location is not { } at)
        {
            return false;
        }
        var file = Path.GetFileName(at.File);
        return place == file || place == $"{file}:{at.Line}" || place == $"{file}:{at.Line}:{at.Column}";
    }
}
