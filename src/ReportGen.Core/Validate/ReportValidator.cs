using System.Collections.Immutable;
using FluentValidation;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>Runs every arithmetic, value and narrative rule over a report in one pass and returns all findings.</summary>
internal sealed class ReportValidator : AbstractValidator<ReportFacts>
{
    public ReportValidator()
    {
        // Two rules, each running its checks over all of a report's facts in a fixed order (R8, sums,
        // R1, then R9 figures, R9 claims, R10). A child validator per fact made FluentValidation build a
        // context, a property path and an interpreted accessor (Native AOT) for each of ~200 cells.
        RuleFor(f => f.Tables).Custom((tables, context) =>
        {
            CellValueValidator.Validate(tables, context);
            SumCheckValidator.Validate(tables, context);
            BalanceCheckValidator.Validate(tables, context);
        });
        RuleFor(f => f.Narrative).Custom(NarrativeValidator.Validate);
    }

    public ImmutableArray<Diagnostic> Check(Report report) =>
        [.. Validate(ReportFacts.From(report)).Errors.Select(e => e.CustomState).OfType<Diagnostic>()];
}
