using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R8: counts are non-negative integers, the fee a non-negative amount.</summary>
internal sealed class CellValuesCheck : IReportCheck
{
    /// <summary>No agency handles two billion applications; past this a figure is a typing slip.</summary>
    public const decimal MaxCount = int.MaxValue;

    /// <summary>The report prints the fee (万元) with four decimals, i.e. to the yuan; more would be rounded away unseen.</summary>
    public const int FeeDecimals = 4;

    /// <summary>Every figure the user wrote (a computed total is the sum of checked parts), its problems in this order.</summary>
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var tables = facts.Tables;
        foreach (var table in tables)
        {
            for (var i = 0; i < table.Spec.Cells.Length; i++)
            {
                if (table.Values[i] is not { Origin: not CellOrigin.Computed } cell)
                {
                    continue;
                }
                var value = cell.Value;
                var isCount = table.Spec.CellKinds[i] == CellKind.Count;
                if (value < 0m)
                {
                    yield return Finding(table.Fact(i), $"为负数 {value}", "统计数字不能为负，请核对");
                }
                if (isCount && decimal.Truncate(value) != value)
                {
                    yield return Finding(table.Fact(i), $"为小数 {value}", "件数须为整数，请核对");
                }
                if (value > MaxCount)
                {
                    yield return Finding(table.Fact(i), $"数值 {value} 过大", "请核对该数字是否多输了位数");
                }
                if (!isCount && decimal.Round(value, FeeDecimals) != value)
                {
                    yield return Finding(table.Fact(i), $"为 {value}，小数多于 {FeeDecimals} 位，报告中会被四舍五入为 {decimal.Round(value, FeeDecimals, MidpointRounding.AwayFromZero)}",
                        "收费金额以万元计，保留四位小数即精确到元；请按元四舍五入后填写");
                }
            }
        }
    }

    private static Diagnostic Finding(CellFact fact, string problem, string hint)
    {
        var where = fact.RowLabel.Length > 0 ? $"“{fact.RowLabel}”行“{fact.ColumnLabel}”列" : $"“{fact.ColumnLabel}”列";
        return new Diagnostic(RuleCatalog.R8, fact.Value.Location, $"{fact.Table.Number}{where}{problem}", hint)
        {
            Table = fact.Table.DisplayName,
            Row = fact.RowLabel,
            Column = fact.ColumnLabel,
            Actual = fact.Value.Value,
        };
    }
}
