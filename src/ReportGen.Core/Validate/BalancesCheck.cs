using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理, in every column of 表三.</summary>
internal sealed class BalancesCheck : IReportCheck
{
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var tables = facts.Tables;
        foreach (var table in tables)
        {
            foreach (var balance in table.Spec.BalanceSlots)
            {
                if (table.Values[balance.Checked] is not { } target || !table.AllPresent(balance.Sources) || !table.AllPresent(balance.Uses))
                {
                    continue;
                }
                // The checked cell is one of the uses: the others and the sources say what it should be.
                var expected = table.Sum(balance.Sources) - table.Sum(balance.Uses, except: balance.Checked);
                if (target.Value != expected)
                {
                    var check = new BalanceCheck(balance.Rule, table.Fact(balance.Checked), table.Facts(balance.Sources), table.Facts(balance.Uses));
                    yield return Finding(check);
                }
            }
        }
    }

    private static Diagnostic Finding(BalanceCheck check)
    {
        var spec = check.Checked.Table;
        var column = spec.Column(check.Checked.Cell.Column).Label;
        string Side(IEnumerable<CellFact> facts) =>
            string.Join(" + ", facts.Select(f => $"{spec.Row(f.Cell.Row).Label} {SumsCheck.Format(f.Value.Value)}"));
        var left = check.Sources.Sum(s => s.Value.Value);
        var right = check.Uses.Sum(u => u.Value.Value);
        var message = $"{spec.Number}“{column}”列不平衡：{Side(check.Sources)} = {SumsCheck.Format(left)}，"
            + $"而 {Side(check.Uses)} = {SumsCheck.Format(right)}，相差 {SumsCheck.Format(right - left)}";
        return new Diagnostic(RuleCatalog.R1, check.Checked.Value.Location, message,
            "本列须满足“第一项加第二项之和，等于第三项加第四项之和”：请核对新收、上年结转、办理结果总计和结转下年度这四个数字")
        {
            Table = spec.DisplayName,
            Row = check.Checked.RowLabel,
            Column = check.Checked.ColumnLabel,
            Expected = check.Expected,
            Actual = check.Checked.Value.Value,
            Operands = [.. check.Sources.Concat(check.Uses).Select(f => f.ToOperand())],
        };
    }
}
