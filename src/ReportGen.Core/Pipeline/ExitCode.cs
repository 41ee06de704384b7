namespace ReportGen.Pipeline;

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
