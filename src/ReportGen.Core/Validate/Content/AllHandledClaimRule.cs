using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N09: "政府信息公开申请……全部办结" while 表三 carries applications forward to next year. Only a sentence
/// about applications counts ("建议提案……已全部办结" is about something else), and not one about the
/// carried-over ones ("上年结转的申请已全部办结" can be true).
/// </summary>
internal sealed class AllHandledClaimRule : IContentRule
{
    private static readonly string[] Claims =
        ["全部办结", "均已办结", "均办结", "全部按时办结", "均按时办结", "均按期办结", "全部按期办结", "均已答复", "全部答复", "全部予以答复", "均已按时答复", "全部按时答复", "全部办理完毕", "均已办理完毕", "全部办理完成"];

    private static readonly CellRef CarriedForward = new(ApplicationKeys.CarriedForward, ApplicationKeys.Total);

    public IEnumerable<Diagnostic> Check(Report report)
    {
        var facts = TableClaim.Facts(report, StatutoryFormat.Applications, [CarriedForward]);
        if (facts.IsEmpty || facts[0].Value.Value == 0m)
        {
            yield break;
        }
        foreach (var sentence in Prose.Sentences(report))
        {
            var text = sentence.Text;
            if (!text.Contains("申请", StringComparison.Ordinal) || text.Contains("结转", StringComparison.Ordinal)
                || Claims.Select(c => text.IndexOf(c, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is not (>= 0 and var at))
            {
                continue;
            }
            yield return TableClaim.Finding(RuleCatalog.N09, sentence.At(at),
                $"叙述称申请“{Prose.Excerpt(text[at..], 8).TrimEnd('。')}”，而表三“{facts[0].RowLabel}”为 {facts[0].Value.Value:0} 件，并未全部办结",
                "请如实写明办结多少件、结转下年度继续办理多少件（可写 {{ applications.carried_forward.total }}）", facts);
        }
    }
}
