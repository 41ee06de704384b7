using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>
/// One grid cell of a table as found in the source. <paramref name="Covered"/> marks a grid cell that a
/// merged cell (gridSpan, vMerge) covers: it carries the merged text so labels can be read per column,
/// but it is not a figure of its own.
/// </summary>
internal sealed record SourceCell(string Text, bool Covered = false);

/// <summary>A table row as the source has it, with the place it came from.</summary>
internal sealed record SourceRow(ImmutableArray<SourceCell> Cells, SourceLocation Location)
{
    /// <summary>The text of every grid cell, covered ones included (a header's merged labels are read per column).</summary>
    public IReadOnlyList<string> Texts => [.. Cells.Select(c => c.Text)];

    public static SourceRow Of(IEnumerable<string> cells, SourceLocation location) =>
        new([.. cells.Select(c => new SourceCell(c.Trim().Trim('\u3000')))], location);
}

internal abstract record SourceBlock(SourceLocation Location);

/// <summary>A paragraph of running text (a heading is a paragraph too).</summary>
internal sealed record SourceParagraph(string Text, SourceLocation Location) : SourceBlock(Location);

/// <summary>One row of a table. Tables are kept as rows: text sources split them at page breaks anyway.</summary>
internal sealed record SourceTableRow(SourceRow Row) : SourceBlock(Row.Location);

/// <summary>What a reader (plain text or .docx) found, before anything is interpreted as a report.</summary>
/// <param name="Unit">What a location's line counts: "行" for text, "段" (paragraphs) for .docx.</param>
/// <param name="FromGeometry">
/// Rows rebuilt from the words' positions (a PDF read directly): a label that wraps inside its cell is the
/// cell's own text, not a conversion artefact to report.
/// </param>
internal sealed record SourceDocument(string File, ImmutableArray<SourceBlock> Blocks, string Unit, bool FromGeometry = false)
{
    /// <summary>No document from <paramref name="file"/>: the finding (I12) a reader of a published file gives, saying why and what to do.</summary>
    public static Outcome<SourceDocument> Refused(string file, string message, string hint) =>
        new(null, [new Diagnostic(RuleCatalog.ImportUnsupported, new SourceLocation(file, 0, 0), message, hint)]);

    /// <summary>The document as the source of its tables: how the table reader words a place in it.</summary>
    public PublishedReportSource Source { get; } = new(File, Unit);

    /// <summary>"第 12 行" / "第 12 段": how messages point into the source.</summary>
    public string Where(SourceLocation location) => Source.Where(location);
}
