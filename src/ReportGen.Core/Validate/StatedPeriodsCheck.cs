using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R10: the statistical period stated is 1 January – 31 December of the report year.</summary>
internal sealed class StatedPeriodsCheck : IReportCheck
{
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var periods = facts.Narrative.Periods;
        foreach (var period in periods)
        {
            if (!period.Period.IsWholeYear(period.Year))
            {
                yield return Finding(period);
            }
        }
    }

    private static Diagnostic Finding(PeriodCheck check)
    {
        var p = check.Period;
        var otherYear = p.StartYear != check.Year ? p.StartYear : p.EndYear != check.Year ? p.EndYear : (int?)null;
        return new Diagnostic(RuleCatalog.R10, check.Location,
            $"统计期限写为“{p.Text}”，而报告年度为 {check.Year} 年，统计期限应为 {check.Year}年1月1日至{check.Year}年12月31日",
            "请核对统计期限与 report.json 的 year；可写成 {{ year }}年1月1日至{{ year }}年12月31日，随年度自动更新")
        {
            Expected = otherYear is null ? null : check.Year,
            Actual = otherYear,
        };
    }
}
