using System.Collections.Immutable;

namespace ReportGen.Model;

/// <summary>
/// What a stage made, or null when it could make nothing usable, and what it found on the way: the one
/// shape of a stage's outcome (a loader's table or report, a template's text, the rendered document).
/// </summary>
internal sealed record Outcome<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
    where T : class;
