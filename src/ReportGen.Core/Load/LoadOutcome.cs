using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>What a loader read, or null when it could not read anything usable, and what it found on the way.</summary>
internal sealed record LoadOutcome<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
    where T : class;
