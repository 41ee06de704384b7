namespace ReportGen.Format;

/// <summary>
/// The files of a report folder, by name: report.json, the statutory tables — either a CSV per table
/// (<see cref="TableSpec.FileName"/>) or all three in one workbook (<see cref="WorkbookFile"/>), never
/// both — and a narrative file per section (<see cref="SectionSpec.NarrativeFile"/>).
/// </summary>
internal static class FolderLayout
{
    public const string MetadataFile = "report.json";

    /// <summary>The three tables as one workbook, a sheet per table laid out like the official form.</summary>
    public const string WorkbookFile = "tables.xlsx";

    /// <summary>What `aggregate` writes beside its report: one row per unit, one column per cell.</summary>
    public const string UnitsWorkbookFile = "units.xlsx";

    /// <summary>
    /// Spreadsheets a person may have saved in place of tables.xlsx that are never read: the binary .xls
    /// of Excel and .et of WPS (a format of their own), and .xlsm, whose macros must not come near the tool.
    /// </summary>
    public static readonly IReadOnlyList<string> RefusedWorkbookFiles = ["tables.xls", "tables.et", "tables.xlsm"];

    /// <summary>Every file a report folder may hold, in the order a person reads them.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        MetadataFile,
        .. StatutoryFormat.Tables.Select(t => t.FileName),
        WorkbookFile,
        .. StatutoryFormat.Sections.Select(s => s.NarrativeFile),
    ];
}
