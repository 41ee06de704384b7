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
        RuleForEach(f => f.Cells).SetValidator(new CellValueValidator());
        RuleForEach(f => f.Sums).SetValidator(new SumCheckValidator());
        RuleForEach(f => f.Balances).SetValidator(new BalanceCheckValidator());
    }

    public ImmutableArray<Diagnostic> Check(Report report) =>
        [.. Validate(ReportFacts.From([report.Active, report.Applications, report.Reviews])).Errors
            .Select(e => e.CustomState)
            .OfType<Diagnostic>(), .. Narrative.Check(report)];
}
