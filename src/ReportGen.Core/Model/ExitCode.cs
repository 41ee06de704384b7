using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>The process exit codes, as the README lists them.</summary>
internal enum ExitCode
{
    /// <summary>No errors (warnings allowed).</summary>
    Success = 0,

    /// <summary>The data breaks rules.</summary>
    RulesBroken = 1,

    /// <summary>The tool could not do the job: bad arguments, missing folder or file, unreadable file, unwritable output.</summary>
    JobFailed = 2,
}

internal static class ExitCodes
{
    /// <summary>
    /// The one mapping of findings to an exit code: a job failure wins, then broken rules (or a
    /// document that was not produced), else success.
    /// </summary>
    public static ExitCode Of(IEnumerable<Diagnostic> diagnostics, bool done)
    {
        var errors = diagnostics.Where(d => d.Counts && d.Severity == Severity.Error).ToList();
        return errors.Any(d => d.Rule.Kind == RuleKind.Job) ? ExitCode.JobFailed
            : errors.Count > 0 || !done ? ExitCode.RulesBroken
            : ExitCode.Success;
    }
}
