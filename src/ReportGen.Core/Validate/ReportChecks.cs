using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>One rule (or family of rules) over a report's facts: every finding it has about them.</summary>
internal interface IReportCheck
{
    IEnumerable<Diagnostic> Check(ReportFacts facts);
}

/// <summary>
/// Every check of one report, in the order their findings are listed for a place: the one list to
/// add a check to. The table arithmetic is data (the format's sum, balance and kind rules, read by
/// position), named as checks; FluentValidation is used where its model of rules over an object's
/// properties fits: report.json's metadata (N06–N08 here, <see cref="ReportMetadataValidator"/> in the
/// loader) and the cross-year rules (<see cref="CrossYearValidator"/>), through <see cref="ValidationFindings"/>.
/// </summary>
internal static class ReportChecks
{
    public static readonly ImmutableArray<IReportCheck> All =
    [
        new CellValuesCheck(),    // R8
        new SumsCheck(),          // R2, R4, R5
        new BalancesCheck(),      // R1
        new StatedFiguresCheck(), // R9: figures quoted in the prose
        new UpheldClaimsCheck(),  // R9: "均获维持"
        new StatedPeriodsCheck(), // R10
        new Content.WrongYearRule(),          // N01
        new Content.PlaceholderRule(),        // N02
        new Content.ProblemsSectionRule(),    // N03
        new Content.FeeSilenceRule(),         // N04
        new Content.FeeDenialRule(),          // N05
        new Content.TitleRule(),              // N06
        new Content.EarlyDateRule(),          // N07
        new Content.LatePublicationRule(),    // N08
        new Content.AllHandledClaimRule(),    // N09
        new Content.NoCaseClaimRule(),        // N10
        new Content.AllConcludedClaimRule(),  // N11
    ];

    public static ImmutableArray<Diagnostic> Run(Report report)
    {
        var facts = ReportFacts.From(report);
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var check in All)
        {
            findings.AddRange(check.Check(facts));
        }
        return findings.ToImmutable();
    }
}
