using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>What checking one report folder found; the report itself when it could be read, and the rendered document when it rendered.</summary>
internal sealed record CheckOutcome(string Folder, Report? Report, ImmutableArray<Diagnostic> Diagnostics, ReportDocument? Document = null)
{
    /// <summary>Last year's report (check --previous), for what compares the two years: cross-year rules, indicators' change.</summary>
    public Report? Previous { get; init; }

    public int Errors => Diagnostics.Count(d => d.Counts && d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Counts && d.Severity == Severity.Warning);

    public ExitCode ExitCode => ExitCodes.Of(Diagnostics, done: true);
}
