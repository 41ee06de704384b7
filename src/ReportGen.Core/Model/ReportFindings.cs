using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>
/// The findings about one report, as the formatters (text, JSON, GitHub, SARIF) take them: the place a
/// finding without a location names, the findings, and the report when it could be read (for the JSON
/// output's agency and indicators). Every job's outcome hands its findings over in this shape.
/// </summary>
internal sealed record ReportFindings(string Folder, ImmutableArray<Diagnostic> Diagnostics)
{
    public Report? Report { get; init; }

    /// <summary>Last year's report (check --previous), for the indicators' change on last year.</summary>
    public Report? Previous { get; init; }

    public int Errors => Diagnostics.Count(d => d.Counts && d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Counts && d.Severity == Severity.Warning);

    public ExitCode ExitCode => ExitCodes.Of(Diagnostics, done: true);
}
