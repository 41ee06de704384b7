using System.Collections.Immutable;

namespace ReportGen.Pipeline;

internal enum FindingsFormat
{
    Text,
    Json,
    GitHub,
    Sarif,
}

/// <summary>`reportgen check`: the report folders (or parents of report folders) to check, and last year's folder for R6/R7.</summary>
internal sealed record CheckRequest(ImmutableArray<string> Folders, FindingsFormat Format, string? Previous = null);
