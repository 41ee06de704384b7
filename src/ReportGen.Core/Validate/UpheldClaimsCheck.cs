using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R9: "均获维持" is only true when 表四 has no 纠正, 其他结果 or 尚未审结 case (docs/format.md, "What published reports get wrong").</summary>
internal sealed class UpheldClaimsCheck : IReportCheck
{
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var claims = facts.Narrative.Claims;
        foreach (var claim in claims)
        {
            if (claim.Contradicting != 0m)
            {
                yield return Finding(claim);
            }
        }
    }

    private static Diagnostic Finding(UpheldClaimCheck check)
    {
        var spec = StatutoryFormat.Reviews;
        var shown = check.NotUpheld.Where(c => c.Value.Value != 0m).ToList();
        var cases = string.Join("，", shown.Select(c => $"{c.ColumnLabel} {SumsCheck.Format(c.Value.Value)}"));
        return new Diagnostic(RuleCatalog.R9, check.Location,
            $"叙述称“{check.Claim}”，但{spec.Number}显示并非全部维持：{cases}",
            "请按表四如实表述：写明结果维持、纠正、其他结果和尚未审结各多少件")
        {
            Table = spec.DisplayName,
            Column = shown[0].ColumnLabel,
            Expected = check.Contradicting,
            Actual = 0m,
            Operands = [.. shown.Select(c => c.ToOperand())],
        };
    }
}
