using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>N11: "行政复议……均已审结" while 表四 has 尚未审结 cases in the rows the sentence speaks of.</summary>
internal sealed class AllConcludedClaimRule : IContentRule
{
    private static readonly string[] Claims = ["均已审结", "全部审结", "已全部审结", "均已结案", "全部结案", "已全部结案", "均审结完毕", "均已办结"];

    private const string Pending = ReviewKeys.Pending;

    public IEnumerable<Diagnostic> Check(Report report)
    {
        foreach (var sentence in Prose.Sentences(report))
        {
            var text = sentence.Text;
            if (!(text.Contains("复议", StringComparison.Ordinal) || text.Contains("诉讼", StringComparison.Ordinal))
                || Claims.Select(c => text.IndexOf(c, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is not (>= 0 and var at))
            {
                continue;
            }
            var facts = TableClaim.Facts(report, StatutoryFormat.Reviews, TableClaim.ReviewRows(text[..at]).Select(r => new CellRef(r, Pending)));
            if (facts.All(f => f.Value.Value == 0m))
            {
                continue;
            }
            yield return TableClaim.Finding(RuleCatalog.N11, sentence.At(at),
                $"叙述称“{Prose.Excerpt(text[at..], 8).TrimEnd('。')}”，而表四有尚未审结的案件：{TableClaim.Cases(facts)}",
                "请写明已审结和尚未审结各多少件", facts);
        }
    }
}
