using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N10: "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况" while 表四 has such cases. The negation
/// must govern 行政复议/行政诉讼 itself: "未被复议机关纠错" or "尚未审结的行政复议" deny nothing.
/// </summary>
internal sealed partial class NoCaseClaimRule : IContentRule
{
    [GeneratedRegex(@"(?:未发生|没有发生|未出现|没有出现|未被申请|未被提起|未收到|没有收到|未有|未因|未产生|未引发|不存在|没有|无)(?![论法正])[^。；，,]{0,24}?行政(?:复议|诉讼)(?!机关|机构|决定|结果|纠错|纠正|被纠)|行政(?:复议|诉讼)[^。；，,]{0,24}?(?:均为零|为零|均为0|为0件|：无|:无|情况为无)")]
    private static partial Regex Denial();

    public IEnumerable<Diagnostic> Check(Report report)
    {
        foreach (var sentence in Prose.Sentences(report))
        {
            if (Denial().Match(sentence.Text) is not { Success: true } match)
            {
                continue;
            }
            // "未发生……行政复议、提起行政诉讼的情况" denies both: the rows are those the whole clause names.
            var clauseEnd = sentence.Text.IndexOfAny(['，', ','], match.Index + match.Length);
            var rows = TableClaim.ReviewRows(sentence.Text[match.Index..(clauseEnd < 0 ? sentence.Text.Length : clauseEnd)]);
            var facts = TableClaim.Facts(report, StatutoryFormat.Reviews, rows.Select(r => new CellRef(r, ReviewKeys.Total)));
            if (facts.All(f => f.Value.Value == 0m))
            {
                continue;
            }
            yield return TableClaim.Finding(RuleCatalog.N10, sentence.At(match.Index),
                $"叙述称“{Prose.Excerpt(match.Value)}”，而表四显示有案件：{TableClaim.Cases(facts)}",
                "请按表四如实写明被申请行政复议、提起行政诉讼的件数及结果", facts);
        }
    }
}
