using System.Collections.Immutable;

namespace ReportGen.Model;

/// <summary>
/// The report as the Render stage hands it to the Write stage: paragraphs with a role and tables
/// as grids with their merges. It knows nothing of Word; the writer knows nothing of the format.
/// </summary>
internal sealed record ReportDocument(string Title, ImmutableArray<DocumentBlock> Blocks, SignatureBlock? Signature);

/// <summary>The role decides the typography (GB/T 9704): title 小标宋, 一、 黑体, （一） 楷体, 1. 仿宋 bold, body 仿宋.</summary>
internal enum ParagraphRole
{
    Title,
    Body,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
}

/// <summary>How a run differs from its paragraph: bold, or set in a heading's face (a run-in "（一）…。" heading).</summary>
internal enum RunStyle
{
    Plain,
    Bold,
    Heading2,
    Heading3,
}

internal sealed record TextRun(string Text, RunStyle Style = RunStyle.Plain);

internal abstract record DocumentBlock;

/// <param name="IndentChars">Left indent in 字 of the whole paragraph: a nested list item keeps its level visible.</param>
internal sealed record ParagraphBlock(ParagraphRole Role, ImmutableArray<TextRun> Runs, int IndentChars = 0) : DocumentBlock
{
    public string Text => string.Concat(Runs.Select(r => r.Text));

    public static ParagraphBlock Of(ParagraphRole role, string text) => new(role, [new TextRun(text)]);
}

internal enum TableTextSize
{
    /// <summary>五号 (10.5 pt): 表二, 表三.</summary>
    Normal,

    /// <summary>小五 (9 pt): 表四's fifteen narrow columns.</summary>
    Small,
}

internal enum VerticalMerge
{
    None,
    Restart,
    Continue,
}

internal enum CellAlignment
{
    Center,
    Left,
}

/// <summary>One cell of a table row. A cell spanning columns is one entry; a vertically merged cell repeats as Continue.</summary>
/// <param name="IsFigure">
/// A figure of the table, not a label of the form: it must never wrap, so the Word writer sizes it
/// to its cell; the HTML writer makes it a data cell and every label a header cell.
/// </param>
internal sealed record GridCell(
    string Text,
    int ColumnSpan = 1,
    VerticalMerge Merge = VerticalMerge.None,
    CellAlignment Alignment = CellAlignment.Center,
    bool IsFigure = false);

/// <param name="ColumnWeights">Relative widths of the grid columns; the writer scales them to the text block.</param>
/// <param name="HeaderRows">Leading rows that repeat on every page.</param>
/// <param name="BlockStarts">
/// The rows a new page may start at: each opens a block that reads only as a whole (a 第二十条 block
/// of 表二 with its sub-header, a row group of 表三 under its merged label). Empty: the table is one block.
/// </param>
internal sealed record TableBlock(
    string Key,
    ImmutableArray<int> ColumnWeights,
    int HeaderRows,
    ImmutableArray<ImmutableArray<GridCell>> Rows,
    TableTextSize TextSize,
    ImmutableArray<int> BlockStarts = default) : DocumentBlock
{
    /// <summary>The table's official name ("表三（…）"): the Word form has none, an HTML table needs one.</summary>
    public string Caption { get; init; } = string.Empty;
}

/// <summary>The unsealed signature of GB/T 9704 §7.3.5.2: agency, then the date written "2024年1月20日".</summary>
internal sealed record SignatureBlock(string Agency, string Date);
