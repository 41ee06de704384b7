using System.Collections.Immutable;
using FluentValidation;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>Runs every arithmetic and value rule over a report in one pass and returns all findings.</summary>
internal sealed class ReportValidator : AbstractValidator<ReportFacts>
{
    // Shared for the same reason as ReportChecker's validator: its rules are built once per process.
    private static readonly NarrativeValidator Narrative = new();

    public ReportValidator()
    {
        // One rule per kind of check over all of a report's figures. A child validator per figure made
        // FluentValidation build a context, a property path and interpreted accessors for each of ~200
        // cells, most of the stage's time; the order of findings (R8, then sums, then R1) is unchanged.
        RuleFor(f => f.Tables).Custom(CellValueValidator.Validate);
        RuleFor(f => f.Tables).Custom(SumCheckValidator.Validate);
        RuleFor(f => f.Tables).Custom(BalanceCheckValidator.Validate);
    }

    public ImmutableArray<Diagnostic> Check(Report report) =>
        [.. Findings(Validate(ReportFacts.From([report.Active, report.Applications, report.Reviews]))), .. Narrative.Check(report)];

    internal static IEnumerable<Diagnostic> Findings(FluentValidation.Results.ValidationResult result) =>
        result.Errors.Select(e => e.CustomState).OfType<Diagnostic>();
}
