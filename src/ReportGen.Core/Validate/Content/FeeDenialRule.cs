using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N05: the prose says no fee was charged or none arose, while 表三（六）2 (申请人逾期未按收费通知要求缴纳费用)
/// is above 0: fee notices were sent, so the narrative contradicts the table.
/// </summary>
internal sealed partial class FeeDenialRule : IContentRule
{
    private static readonly CellRef NoFee = new(ApplicationKeys.OtherNoFee, ApplicationKeys.Total);

    [GeneratedRegex(@"(?:未|没有|不|免)(?:予|曾)?(?:收取|收|产生|涉及|发生|发出)[^。；，,]{0,12}?(?:信息处理费|处理费|费用|收费)|无[^。；，,]{0,14}?(?:信息处理费|处理费|收费)|零收费|(?:信息处理费|处理费|收费)[^。；，,]{0,8}?(?:为零|为0|为 0|均为零|：无|:无)")]
    private static partial Regex Denial();

    public IEnumerable<Diagnostic> Check(Report report)
    {
        if (report.Applications.Cell(NoFee) is not { Value: > 0m } cell)
        {
            yield break;
        }
        var spec = StatutoryFormat.Applications;
        var fact = new CellFact(spec, NoFee, CellKind.Count, cell);
        foreach (var sentence in Prose.Sentences(report))
        {
            if (Denial().Match(sentence.Text) is not { Success: true } match)
            {
                continue;
            }
            yield return new Diagnostic(RuleCatalog.N05, sentence.At(match.Index),
                $"叙述称“{Prose.Excerpt(match.Value)}”，而表三“{spec.Row(NoFee.Row).Label}”为 {cell.Value:0}：本年发出过收费通知",
                "请如实写明发出收费通知的件数、申请人是否缴费及收取的金额")
            {
                Table = spec.DisplayName,
                Row = fact.RowLabel,
                Column = fact.ColumnLabel,
                Expected = 0m,
                Actual = cell.Value,
                Operands = [fact.ToOperand()],
            };
        }
    }
}
