using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Tables;

/// <summary>
/// The one table reader: every front end (the CSV tallies, published .docx/text/PDF/HTML reports, a
/// workbook) hands it the label and cell texts of a table with where each stands, and gets the
/// <see cref="TableData"/> and the findings back. It matches labels to the format (near misses,
/// unknown and repeated rows), reads each cell text (placeholders, totals left blank, not a number)
/// and reports what is missing; the <see cref="TableSource"/> words the findings for its kind of source.
/// </summary>
/// <remarks>
/// A front end keeps only what its source's shape needs (which line is a header, where a label wraps);
/// everything that decides what a text means for the table is here, so two front ends cannot drift apart.
/// </remarks>
internal sealed class TableReader(TableSpec spec, TableSource source, Action<Diagnostic> report)
{
    private readonly TableData.Builder cells = new(spec);
    private readonly Dictionary<string, SourceLocation> rowsSeen = new(StringComparer.Ordinal);

    public TableSpec Spec => spec;

    public TableSource Source => source;

    public bool Seen(string rowKey) => rowsSeen.ContainsKey(rowKey);

    /// <summary>A finding of the front end's own about this table (a bad shape, an empty file).</summary>
    public void Report(RuleSpec rule, SourceLocation? at, string message, string hint, string? row = null, string? column = null) =>
        report(new Diagnostic(rule, at, message, hint) { Table = spec.DisplayName, Row = row, Column = column });

    /// <summary>The official row a label names, by the one label matcher; nothing is reported.</summary>
    public LabelMatch<RowSpec> MatchRow(string label) => LabelMatcher.Match(label, spec.RowCandidates);

    /// <summary>Reports a label that was read although it differs from the official one (as the source words it).</summary>
    public void WarnNearMiss<T>(LabelMatch<T> match, string label, SourceLocation at, string? row, string? column)
        where T : class
    {
        if (source.NearMiss(spec, match, label, at, row, column) is { } finding)
        {
            report(finding);
        }
    }

    /// <summary>Reports a row label that names no row of the table.</summary>
    public void UnknownRow(string label, LabelMatch<RowSpec> match, SourceLocation at)
    {
        if (source.UnknownRow(spec, label, match, at) is { } finding)
        {
            report(finding);
        }
    }

    /// <summary>Claims a row for the line at <paramref name="at"/>; a second line with the same row is reported and gets false.</summary>
    public bool Claim(RowSpec row, SourceLocation at)
    {
        if (rowsSeen.TryGetValue(row.Key, out var first))
        {
            report(source.DuplicateRow(spec, row, at, first));
            return false;
        }
        rowsSeen[row.Key] = at;
        return true;
    }

    /// <summary>Matches, warns and claims in one go: the row a line's label names, or null (reported) when it names none or a row already read.</summary>
    public RowSpec? ReadRow(string label, int line, int column)
    {
        var match = MatchRow(label);
        if (match.Item is not { } row)
        {
            UnknownRow(label, match, source.At(line, column));
            return null;
        }
        if (match.Quality != LabelMatchQuality.Exact)
        {
            WarnNearMiss(match, label, source.At(line, column), row.Label, null);
        }
        return Claim(row, source.At(line, column)) ? row : null;
    }

    /// <summary>Reads one cell text; blank placeholders read as 0, except in a total, which is then computed.</summary>
    public void SetCell(CellRef cell, string text, int line, int column)
    {
        // Nearly every cell is a plain count: no location is made for it until a finding needs one.
        if (CellTextParser.TryParseDigits(text, out var figure))
        {
            cells.Set(cell, new CellValue(figure, CellOrigin.Read, source.File, line, column));
            return;
        }
        SetCell(cell, text, source.At(line, column));
    }

    /// <inheritdoc cref="SetCell(CellRef, string, int, int)"/>
    public void SetCell(CellRef cell, string text, SourceLocation at)
    {
        var read = CellReading.Of(spec, cell, text, at);
        if (read.Value is { } value)
        {
            cells.Set(cell, value);
        }
        if (source.Cell(spec, read, at) is { } finding)
        {
            report(finding);
        }
    }

    /// <summary>The figures read, after every missing row or cell is reported (as the source holds it); absent totals are computed.</summary>
    /// <param name="tableAt">Where the table starts, for a finding about a row the source does not have.</param>
    public TableData Finish(SourceLocation? tableAt = null)
    {
        foreach (var row in spec.Rows)
        {
            var seenAt = rowsSeen.GetValueOrDefault(row.Key);
            if (seenAt is not null && AllSet(row))
            {
                continue;
            }
            var unset = new List<CellRef>();
            foreach (var column in row.Columns)
            {
                var cell = new CellRef(row.Key, column);
                if (cells.Get(cell) is null)
                {
                    unset.Add(cell);
                }
            }
            if (source.Missing(spec, row, seenAt, unset, tableAt) is { } finding)
            {
                report(finding);
            }
        }
        return cells.ToTable().WithComputedTotals();
    }

    private bool AllSet(RowSpec row)
    {
        foreach (var column in row.Columns)
        {
            if (cells.Get(new CellRef(row.Key, column)) is null)
            {
                return false;
            }
        }
        return true;
    }
}
