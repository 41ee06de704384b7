using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>What checking one report folder found; the report itself when it could be read, and the rendered document when it rendered.</summary>
internal sealed record CheckOutcome(string Folder, Report? Report, ImmutableArray<Diagnostic> Diagnostics, ReportDocument? Document = null)
    : JobOutcome(Diagnostics)
{
    /// <summary>Last year's report (check --previous), for what compares the two years: cross-year rules, indicators' change.</summary>
    public Report? Previous { get; init; }

    /// <summary>What the formatters print of it.</summary>
    public ReportFindings Findings => new(Folder, Diagnostics) { Report = Report, Previous = Previous };
}
