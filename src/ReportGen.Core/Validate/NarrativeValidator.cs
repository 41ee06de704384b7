using System.Collections.Immutable;
using FluentValidation;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R9 and R10: the prose against the tables and the report year.</summary>
internal sealed class NarrativeValidator : AbstractValidator<NarrativeFacts>
{
    public NarrativeValidator()
    {
        RuleForEach(f => f.Figures).SetValidator(new FigureCheckValidator());
        RuleForEach(f => f.Claims).SetValidator(new UpheldClaimValidator());
        RuleForEach(f => f.Periods).SetValidator(new PeriodCheckValidator());
    }

    public ImmutableArray<Diagnostic> Check(Report report) =>
        [.. Validate(NarrativeFacts.From(report)).Errors.Select(e => e.CustomState).OfType<Diagnostic>()];
}
