using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R8: counts are non-negative integers, the fee a non-negative amount.</summary>
internal sealed class CellValueValidator : AbstractValidator<CellFact>
{
    /// <summary>No agency handles two billion applications; past this a figure is a typing slip.</summary>
    public const decimal MaxCount = int.MaxValue;

    public CellValueValidator()
    {
        RuleFor(f => f.Value.Value)
            .GreaterThanOrEqualTo(0m)
            .WithState(f => Finding(f, $"为负数 {f.Value.Value}", "统计数字不能为负，请核对"));
        RuleFor(f => f.Value.Value)
            .Must(v => decimal.Truncate(v) == v)
            .When(f => f.Kind == CellKind.Count)
            .WithState(f => Finding(f, $"为小数 {f.Value.Value}", "件数须为整数，请核对"));
        RuleFor(f => f.Value.Value)
            .LessThanOrEqualTo(MaxCount)
            .When(f => f.Kind == CellKind.Count)
            .WithState(f => Finding(f, $"数值 {f.Value.Value} 过大", "请核对该数字是否多输了位数"));
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
