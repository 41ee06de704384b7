using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>The one place the content rules of a single report are registered, in catalogue order.</summary>
internal static class ContentRules
{
    private static readonly ImmutableArray<IContentRule> Rules =
    [
        new WrongYearRule(),
        new PlaceholderRule(),
        new ProblemsSectionRule(),
        new FeeSilenceRule(),
        new FeeDenialRule(),
        new TitleRule(),
        new EarlyDateRule(),
        new LatePublicationRule(),
        new AllHandledClaimRule(),
        new NoCaseClaimRule(),
        new AllConcludedClaimRule(),
    ];

    public static ImmutableArray<Diagnostic> Check(Report report) => [.. Rules.SelectMany(r => r.Check(report))];
}
