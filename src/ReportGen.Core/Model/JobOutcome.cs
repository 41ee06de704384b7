using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>
/// The one shape of what a job came to (check, build, init, import, aggregate, aggregate --verify; the
/// import of a published report; one report's findings as the formatters take them): its findings,
/// counted and mapped to an exit code here and nowhere else. Each adds only what it produced (the
/// report, the files written).
/// </summary>
internal abstract record JobOutcome(ImmutableArray<Diagnostic> Diagnostics)
{
    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public ExitCode ExitCode => ExitCodes.Of(Diagnostics, Done);

    /// <summary>Whether the job produced what it was asked for: one that wrote nothing has failed, even without an error.</summary>
    protected virtual bool Done => true;

    private int Count(Severity severity) => Diagnostics.Count(d => d.Counts && d.Severity == severity);
}
