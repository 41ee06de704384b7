using System.Collections.Immutable;

namespace ReportGen.Pipeline;

internal enum FindingsFormat
{
    Text,
    Json,
}

/// <summary>`reportgen check`: the report folders to check and how to print what is found.</summary>
internal sealed record CheckRequest(ImmutableArray<string> Folders, FindingsFormat Format);
