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

    /// <summary>Which publication deadline applies (条例第五十条); Unspecified when report.json does not say.</summary>
    public AgencyKind Kind { get; init; }

    /// <summary>Findings the agency has looked at and explains (report.json `acknowledged`).</summary>
    public ImmutableArray<Acknowledgement> Acknowledgements { get; init; } = [];

    /// <summary>report.json as findings name it ("x/report.json"), as the loader was given it; the bare name for a report made in memory.</summary>
    public string File { get; init; } = Format.FolderLayout.MetadataFile;
}

/// <summary>
/// 条例第五十条: a department publishes its report by 31 January, a people's government (its report
/// compiled by the 主管部门) by 31 March of the following year.
/// </summary>
internal enum AgencyKind
{
    Unspecified,
    Department,
    Government,
}

/// <summary>A finding the agency accepts, with its reason: which rule, where (optional), and why.</summary>
/// <param name="Place">A file ("active.csv"), "file:line", "file:line:column", or a row or column label; null for every finding of the rule.</param>
/// <param name="Line">The line of report.json it stands on, for the finding when it matches nothing.</param>
internal sealed record Acknowledgement(string Rule, string? Place, string Reason, int Line);
