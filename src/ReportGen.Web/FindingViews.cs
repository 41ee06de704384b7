using System.Collections.Frozen;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Web;

/// <summary>
/// A finding as the page shows it: the message `check` prints, and the place on the page it is about,
/// found from the labels the finding names (the same labels the format gives every cell).
/// </summary>
internal static class FindingViews
{
    private static readonly FrozenDictionary<(string Table, string Row, string Column), string> CellsByLabels =
        StatutoryFormat.Tables
            .SelectMany(t => t.Cells.Select(c => (Key: (t.DisplayName, t.CellRowLabel(c), t.CellColumnLabel(c)), Cell: $"{t.Key}/{c.Row}/{c.Column}")))
            .DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Cell);

    private static readonly FrozenDictionary<string, string> TablesByName =
        StatutoryFormat.Tables.SelectMany(t => new[] { (t.DisplayName, t.Key), (t.FileName, t.Key) }).ToFrozenDictionary(x => x.Item1, x => x.Key);

    private static readonly FrozenDictionary<string, string> SectionsByFile =
        StatutoryFormat.Sections.ToFrozenDictionary(s => s.NarrativeFile, s => s.Key);

    public static CheckView Of(JobOutcome outcome) => new(
        [.. outcome.Diagnostics.Select(View)],
        outcome.Errors,
        outcome.Warnings);

    /// <summary>A finding as one sentence of the page's own text (a refusal to save or to create): its message and what to do.</summary>
    public static string Sentence(Diagnostic d) => d.Hint.Length == 0 ? d.Message : $"{d.Message}。{d.Hint}";

    /// <summary>"table/row/column" of the figure <paramref name="d"/> is about, when it is about one.</summary>
    public static string? CellOf(Diagnostic d) =>
        d.Table is { } table && CellsByLabels.TryGetValue((table, d.Row ?? string.Empty, d.Column ?? string.Empty), out var key) ? key : null;

    private static FindingView View(Diagnostic d)
    {
        var file = d.Location is { } location ? Path.GetFileName(location.File) : string.Empty;
        var cell = CellOf(d);
        var tableKey = d.Table is { } name && TablesByName.TryGetValue(name, out var t) ? t
            : TablesByName.TryGetValue(file, out var byFile) ? byFile : null;
        var section = SectionsByFile.TryGetValue(file, out var s) ? s : null;
        return new FindingView(
            d.Rule.Id,
            d.Severity == Severity.Error ? "error" : "warning",
            d.Message,
            d.Hint,
            d.Location?.ToString() ?? string.Empty,
            cell,
            tableKey,
            section,
            file == MetadataJsonLoader.FileName);
    }
}
