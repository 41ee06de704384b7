using System.Collections.Immutable;
using ReportGen.Format;

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
    public TableData Table(string key) =>
        key == StatutoryFormat.Active.Key ? Active
        : key == StatutoryFormat.Applications.Key ? Applications
        : key == StatutoryFormat.Reviews.Key ? Reviews
        : throw new ArgumentOutOfRangeException(nameof(key), key, null);

    /// <summary>A report from its tables by <see cref="TableSpec.Key"/>: one of each of the format's tables.</summary>
    public static Report Of(ReportMetadata metadata, IReadOnlyDictionary<string, TableData> tables, ImmutableDictionary<string, NarrativeText> narratives) =>
        new(metadata, tables[StatutoryFormat.Active.Key], tables[StatutoryFormat.Applications.Key], tables[StatutoryFormat.Reviews.Key], narratives);
}
