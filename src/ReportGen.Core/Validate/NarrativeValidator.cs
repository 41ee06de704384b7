using FluentValidation;

namespace ReportGen.Validate;

/// <summary>R9 and R10: the prose against the tables and the report year.</summary>
internal static class NarrativeValidator
{
    public static void Validate(NarrativeFacts facts, ValidationContext<ReportFacts> context)
    {
        FigureCheckValidator.Validate(facts.Figures, context);
        UpheldClaimValidator.Validate(facts.Claims, context);
        PeriodCheckValidator.Validate(facts.Periods, context);
    }
}
