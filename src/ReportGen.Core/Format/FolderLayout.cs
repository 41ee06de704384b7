namespace ReportGen.Format;

/// <summary>
/// The files of a report folder, by name: report.json, a CSV per statutory table
/// (<see cref="TableSpec.FileName"/>) and a narrative file per section (<see cref="SectionSpec.NarrativeFile"/>).
/// </summary>
internal static class FolderLayout
{
    public const string MetadataFile = "report.json";

    /// <summary>Every file a report folder may hold, in the order a person reads them.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        MetadataFile,
        .. StatutoryFormat.Tables.Select(t => t.FileName),
        .. StatutoryFormat.Sections.Select(s => s.NarrativeFile),
    ];
}
