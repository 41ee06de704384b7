using System.Collections.Immutable;

namespace ReportGen.Model;

/// <summary>
/// The findings about one report, as the formatters (text, JSON, GitHub, SARIF) take them: the place a
/// finding without a location names, the findings, and the report when it could be read (for the JSON
/// output's agency and indicators). Every job's outcome hands its findings over in this shape.
/// </summary>
internal sealed record ReportFindings(string Folder, ImmutableArray<Diagnostic> Diagnostics) : JobOutcome(Diagnostics)
{
    public Report? Report { get; init; }

    /// <summary>Last year's report (check --previous), for the indicators' change on last year.</summary>
    public Report? Previous { get; init; }
}
