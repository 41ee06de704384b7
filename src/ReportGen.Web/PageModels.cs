using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Web;

/// <summary>What the page posts: every field as the person typed it, so that the core, not the page, judges it.</summary>
internal sealed class ReportForm
{
    public FormMetadata Metadata { get; set; } = new();

    /// <summary>"table/row/column" (the keys the CSVs accept) → the text of the cell.</summary>
    public Dictionary<string, string> Cells { get; set; } = [];

    /// <summary>Section key → the text of its narrative file.</summary>
    public Dictionary<string, string> Narratives { get; set; } = [];
}

internal sealed class FormMetadata
{
    public string Agency { get; set; } = string.Empty;

    public string Year { get; set; } = string.Empty;

    public string PublishDate { get; set; } = string.Empty;

    public string SignatureAgency { get; set; } = string.Empty;

    public string SignatureDate { get; set; } = string.Empty;
}

/// <param name="Cell">"table/row/column" of the figure the finding is about, when it is about one.</param>
/// <param name="Table">The table the finding is about, when no single cell is meant.</param>
/// <param name="Section">The narrative section, for a finding in a section's text.</param>
/// <param name="Place">file:line:column as `check` prints it.</param>
internal sealed record FindingView(string Rule, string Severity, string Message, string Hint, string Place, string? Cell, string? Table, string? Section, bool Metadata);

internal sealed record CheckView(IReadOnlyList<FindingView> Findings, int Errors, int Warnings);

/// <param name="Draft">A key for the browser's draft of this folder: the folder's full path, so two folders never share one.</param>
/// <param name="Kept">The draft kept on this machine (<see cref="DraftStore"/>) when it differs from the folder.</param>
internal sealed record ReportView(string Folder, string Draft, ReportForm Form, CheckView Check, IReadOnlyList<string> Formats, DraftView? Kept);

/// <param name="SavedAt">When it was kept (ISO 8601, UTC).</param>
internal sealed record DraftView(string SavedAt, ReportForm Form);

/// <summary>What the person asks for in the folder picker: a folder to open, or one to create in it (then its name, agency and year).</summary>
internal sealed class FolderChoice
{
    public string Path { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;

    public string Year { get; set; } = string.Empty;
}

/// <param name="Folder">The folder being served; null while the person has still to pick one.</param>
/// <param name="Formats">What 生成 can build: docx, pdf (needs LibreOffice; a finding says so when it is absent), html.</param>
internal sealed record SessionView(string? Folder, IReadOnlyList<PlaceView> Places, IReadOnlyList<string> Formats);

internal sealed record PlaceView(string Label, string Path);

internal sealed record FolderEntryView(string Name, string Path, bool IsReport);

/// <param name="Truncated">More subfolders than <see cref="FolderPicker.MaxListed"/>: only the first are listed.</param>
internal sealed record FolderListView(string Path, string? Parent, IReadOnlyList<FolderEntryView> Folders, bool Truncated, bool IsReport);

internal sealed record ChoiceView(string? Folder, string? Problem);

internal sealed record SaveView(bool Saved, string? Problem, CheckView Check);

internal sealed record BuildView(string? Problem, CheckView Check);

internal sealed record ColumnView(string Key, string Label, IReadOnlyList<string> Groups, bool IsTotal, bool IsAmount);

internal sealed record RowView(string Key, string Label, IReadOnlyList<string> Groups, IReadOnlyList<string> Columns, bool IsTotal);

/// <param name="Total">"row/column" of the total; <paramref name="Parts"/> likewise.</param>
internal sealed record SumView(string Total, IReadOnlyList<string> Parts);

internal sealed record TableView(
    string Key, string Number, string Title, string Layout, string RowHeaderLabel, string? CornerLabel, string? ColumnsTitle,
    IReadOnlyList<ColumnView> Columns, IReadOnlyList<RowView> Rows, IReadOnlyList<SumView> Sums);

internal sealed record SectionView(string Key, string Heading, string? Table, string File);

internal sealed record FormatView(string Name, IReadOnlyList<TableView> Tables, IReadOnlyList<SectionView> Sections);

/// <summary>Source-generated: no reflection, so the page's API works under Native AOT.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReportForm))]
[JsonSerializable(typeof(ReportView))]
[JsonSerializable(typeof(CheckView))]
[JsonSerializable(typeof(SaveView))]
[JsonSerializable(typeof(BuildView))]
[JsonSerializable(typeof(FormatView))]
[JsonSerializable(typeof(FolderChoice))]
[JsonSerializable(typeof(SessionView))]
[JsonSerializable(typeof(FolderListView))]
[JsonSerializable(typeof(ChoiceView))]
[JsonSerializable(typeof(DraftView))]
internal sealed partial class PageJson : JsonSerializerContext;
