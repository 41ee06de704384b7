using System.Collections.Immutable;

namespace ReportGen.Model;

/// <summary>A narrative file of the folder: its name as shown to the user and its text.</summary>
internal sealed record NarrativeText(string File, string Text);

/// <summary>Everything a report folder holds, loaded and typed.</summary>
internal sealed record Report(
    ReportMetadata Metadata,
    TableData Active,
    TableData Applications,
    TableData Reviews,
    ImmutableDictionary<string, NarrativeText> Narratives)
{
    public TableData Table(string key) => key switch
    {
        "active" => Active,
        "applications" => Applications,
        "reviews" => Reviews,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}
