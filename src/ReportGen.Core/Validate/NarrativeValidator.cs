using System.Collections.Immutable;
using FluentValidation;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R9 and R10: the prose against the tables and the report year.</summary>
internal sealed class NarrativeValidator : AbstractValidator<NarrativeFacts>
{
    public NarrativeValidator()
    {
        // As in ReportValidator: one rule per kind of check, not a child validator per item.
        RuleFor(f => f.Figures).Custom(FigureCheckValidator.Validate);
        RuleFor(f => f.Claims).Custom(UpheldClaimValidator.Validate);
        RuleFor(f => f.Periods).Custom(PeriodCheckValidator.Validate);
    }

    public ImmutableArray<Diagnostic> Check(Report report) =>
        [.. ReportValidator.Findings(Validate(NarrativeFacts.From(report)))];
}
