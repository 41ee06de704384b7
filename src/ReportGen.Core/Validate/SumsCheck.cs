using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R2, R4, R5: a total equals the sum of its parts.</summary>
internal sealed class SumsCheck : IReportCheck
{
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var tables = facts.Tables;
        foreach (var table in tables)
        {
            foreach (var sum in table.Spec.SumSlots)
            {
                // A computed total agrees by construction, and a missing part was reported when it was read.
                if (table.Values[sum.Total] is not { Origin: not CellOrigin.Computed } total || !table.AllPresent(sum.Parts))
                {
                    continue;
                }
                if (total.Value != table.Sum(sum.Parts))
                {
                    yield return Finding(new SumCheck(sum.Rule, table.Fact(sum.Total), table.Facts(sum.Parts)));
                }
            }
        }
    }

    private static Diagnostic Finding(SumCheck check)
    {
        var total = check.Total;
        var spec = total.Table;
        var rule = check.Rule.Rule;
        var formula = Formula(check.Parts, p => Short(check, p));
        // R2 sums down a column, R4 across a row, R5 across a group of 表四.
        var where = rule == RuleCatalog.R2 ? $"“{spec.Column(total.Cell.Column).Label}”列"
            : rule == RuleCatalog.R4 ? $"“{total.RowLabel}”行"
            : $"“{spec.Row(total.Cell.Row).Label}”";
        var name = rule == RuleCatalog.R2 ? total.RowLabel : spec.Column(total.Cell.Column).Label;
        var message = $"{spec.Number}{where}：{name}应为 {Format(check.Expected)}（{formula}），实际为 {Format(total.Value.Value)}，相差 {Format(total.Value.Value - check.Expected)}";
        var hint = rule == RuleCatalog.R2
            ? "请核对（一）至（六）各项办理结果与（七）总计；总计也可留空由工具计算"
            : "请核对各分项与总计；总计也可留空由工具计算";
        return new Diagnostic(rule, total.Value.Location, message, hint)
        {
            Table = spec.DisplayName,
            Row = total.RowLabel,
            Column = total.ColumnLabel,
            Expected = check.Expected,
            Actual = total.Value.Value,
            Operands = [.. check.Parts.Select(p => p.ToOperand())],
        };
    }

    /// <summary>A part named by what varies along the sum: the row for R2, the column otherwise.</summary>
    private static string Short(SumCheck check, CellFact part) =>
        check.Rule.Rule == RuleCatalog.R2 ? part.Table.Row(part.Cell.Row).Label : part.Table.Column(part.Cell.Column).Label;

    /// <summary>"自然人 5 + 其他 1"; zero parts are summed up as "其余各项 0" so a 21-part sum stays readable.</summary>
    internal static string Formula(IReadOnlyCollection<CellFact> parts, Func<CellFact, string> name)
    {
        var shown = parts.Where(p => p.Value.Value != 0m).Select(p => $"{name(p)} {Format(p.Value.Value)}").ToList();
        if (shown.Count < parts.Count)
        {
            shown.Add(shown.Count == 0 ? "各项均为 0" : "其余各项 0");
        }
        return string.Join(" + ", shown);
    }

    internal static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
