using System.Collections.Immutable;

namespace ReportGen.Model;

/// <summary>The signature block (GB/T 9704 §7.3.5): agency name and date, both optional.</summary>
internal sealed record Signature(string Agency, DateOnly Date);

/// <summary>What report.json says about the report.</summary>
/// <param name="Headings">Section key → heading the agency uses instead of the 2021 wording.</param>
internal sealed record ReportMetadata(
    string Agency,
    int Year,
    DateOnly? PublishDate,
    string? Title,
    string? Opening,
    ImmutableDictionary<string, string> Headings,
    Signature? Signature)
{
    /// <summary>For an aggregate report (`reportgen aggregate`): the agencies whose tallies it sums.</summary>
    public ImmutableArray<string> Units { get; init; } = [];
}
