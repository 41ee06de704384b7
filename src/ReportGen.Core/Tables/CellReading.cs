using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Tables;

internal enum CellReadKind
{
    /// <summary>A figure, stored as read.</summary>
    Figure,

    /// <summary>A blank or placeholder total: left out, so it is computed from its parts.</summary>
    ComputedTotal,

    /// <summary>A blank or placeholder part: read as 0 (real reports do this).</summary>
    Zero,

    /// <summary>Not a number; <see cref="CellReading.Problem"/> says why.</summary>
    Invalid,
}

/// <summary>
/// How the text of one official cell reads, shared by the CSV loaders and the importer so the two
/// cannot drift apart; each words its own finding from it.
/// </summary>
/// <param name="Where">"“（一）予以公开”行“自然人”列", for messages.</param>
/// <param name="Shown">"为空白" or "为“/”", for messages about placeholders.</param>
internal sealed record CellReading(CellReadKind Kind, CellValue? Value, string RowLabel, string ColumnLabel, string Where, string Shown, string? Problem, string? Hint)
{
    /// <summary>The cell's text as read, when it is not a number (<see cref="Diagnostic.CellText"/>).</summary>
    public string? Text { get; init; }

    public static CellReading Of(TableSpec spec, CellRef cell, string text, SourceLocation location)
    {
        var rowLabel = spec.CellRowLabel(cell);
        var columnLabel = spec.CellColumnLabel(cell);
        var where = rowLabel.Length > 0 ? $"“{rowLabel}”行“{columnLabel}”列" : $"“{columnLabel}”列";
        var shown = text.Length == 0 ? "为空白" : $"为“{text}”";
        var parsed = CellTextParser.Parse(text);
        return parsed.Kind switch
        {
            CellTextKind.Number => new(CellReadKind.Figure, new CellValue(parsed.Value, CellOrigin.Read, location), rowLabel, columnLabel, where, shown, null, null),
            CellTextKind.Placeholder when spec.IsComputable(cell) => new(CellReadKind.ComputedTotal, null, rowLabel, columnLabel, where, shown, null, null),
            CellTextKind.Placeholder => new(CellReadKind.Zero, new CellValue(0m, CellOrigin.Placeholder, location), rowLabel, columnLabel, where, shown, null, null),
            _ => new(CellReadKind.Invalid, null, rowLabel, columnLabel, where, shown, parsed.Problem, parsed.Hint) { Text = text },
        };
    }
}
