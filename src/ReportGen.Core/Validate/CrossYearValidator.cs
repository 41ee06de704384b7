using System.Collections.Immutable;
using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>One cross-year comparison with the figures of both years.</summary>
internal sealed record CrossYearCheck(CrossYearRule Rule, CellFact Checked, CellFact Previous, ImmutableArray<CellFact> Added, ImmutableArray<CellFact> Removed)
{
    public decimal Expected => Previous.Value.Value + Added.Sum(a => a.Value.Value) - Removed.Sum(r => r.Value.Value);

    public static ImmutableArray<CrossYearCheck> From(Report current, Report previous) =>
    [
        .. StatutoryFormat.Tables.SelectMany(spec => spec.CrossYear.Select(rule =>
        {
            CellFact? Fact(Report report, CellRef cell) =>
                report.Table(spec.Key).Cell(cell) is { } v ? new CellFact(spec, cell, spec.Column(cell.Column).Kind, v) : null;
            var facts = rule.Added.Concat(rule.Removed).Select(c => Fact(current, c)).ToList();
            return Fact(current, rule.Checked) is { } target && Fact(previous, rule.Previous) is { } before && facts.All(f => f is not null)
                ? new CrossYearCheck(rule, target, before, [.. rule.Added.Select(c => Fact(current, c)!)], [.. rule.Removed.Select(c => Fact(current, c)!)])
                : null;
        })).OfType<CrossYearCheck>(),
    ];
}

/// <summary>
/// R6 and R7: this year's report against last year's (`check --previous`). A FluentValidation rule per
/// rule id, with its own condition, severity and message; each failure becomes a finding at the checked cell.
/// </summary>
internal sealed class CrossYearValidator : AbstractValidator<CrossYearCheck>
{
    public CrossYearValidator()
    {
        RuleFor(c => c.Checked.Value.Value)
            .Equal(c => c.Expected)
            .When(c => c.Rule.Rule == RuleCatalog.R6)
            .WithMessage(c => $"{c.Checked.Table.Number}“{c.Checked.ColumnLabel}”列：“{c.Checked.RowLabel}”为 {F(c.Checked.Value.Value)}，而上年报告“{c.Previous.RowLabel}”为 {F(c.Expected)}，相差 {F(c.Checked.Value.Value - c.Expected)}")
            .Finding(RuleCatalog.R6, _ => "本年上年结转应等于上年报告的结转下年度继续办理；请核对本年数字，或确认上年报告是否有误");
        RuleFor(c => c.Checked.Value.Value)
            .Equal(c => c.Expected)
            .When(c => c.Rule.Rule == RuleCatalog.R7)
            .WithMessage(c => $"{c.Checked.Table.Number}“{c.Checked.RowLabel}”：现行有效件数应为 {F(c.Expected)}（上年 {F(c.Previous.Value.Value)} + 本年制发 {F(c.Added.Sum(a => a.Value.Value))} − 本年废止 {F(c.Removed.Sum(r => r.Value.Value))}），实际为 {F(c.Checked.Value.Value)}")
            .Finding(RuleCatalog.R7, _ => "如有文件未经废止而失效可忽略此警告；否则请核对制发、废止和现行有效件数");
    }

    public ImmutableArray<Diagnostic> Check(Report current, Report previous) =>
        [.. CrossYearCheck.From(current, previous).SelectMany(c => ValidationFindings.Of(Validate(c), _ => c.Checked.Value.Location).Select(d => WithFigures(d, c)))];

    private static string F(decimal value) => SumsCheck.Format(value);

    private static Diagnostic WithFigures(Diagnostic finding, CrossYearCheck check) => finding with
    {
        Table = check.Checked.Table.DisplayName,
        Row = check.Checked.RowLabel,
        Column = check.Checked.ColumnLabel,
        Expected = check.Expected,
        Actual = check.Checked.Value.Value,
        Operands = [check.Previous.ToOperand(), .. check.Added.Select(a => a.ToOperand()), .. check.Removed.Select(r => r.ToOperand())],
    };
}
