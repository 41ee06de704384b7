using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Workbook;

/// <summary>How a written cell looks and whether a protected sheet lets the user change it (styles.xml of <see cref="XlsxWriter"/>).</summary>
internal enum SheetCellStyle
{
    Plain,
    Title,

    /// <summary>A label of the form, centred, locked.</summary>
    Label,

    /// <summary>A row label, left-aligned, locked.</summary>
    RowLabel,

    /// <summary>A count to fill in: a whole number, unlocked.</summary>
    Count,

    /// <summary>An amount in 万元 to fill in, unlocked.</summary>
    Amount,

    /// <summary>A 总计: a SUM formula the user may overwrite, unlocked, shaded.</summary>
    Total,
}

/// <summary>A 1-based rectangle of cells.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public static CellRange One(int row, int column) => new(row, column, row, column);

    public override string ToString()
    {
        var first = Model.SourceLocation.CellName(FirstRow, FirstColumn);
        return FirstRow == LastRow && FirstColumn == LastColumn ? first : $"{first}:{Model.SourceLocation.CellName(LastRow, LastColumn)}";
    }
}

/// <summary>One written cell: a text, a number, or a formula with its computed value (so a reader that does not calculate sees it).</summary>
internal sealed record SheetCell(int Row, int Column, SheetCellStyle Style, string? Text = null, decimal? Number = null, string? Formula = null);

/// <summary>Figure cells that only take a non-negative number of a kind (a whole count, or an amount).</summary>
internal sealed record SheetValidation(CellKind Kind, ImmutableArray<CellRange> Ranges);

/// <summary>
/// One sheet to write. The model is only what the tool writes: cells, merges, widths, heights, frozen
/// panes, protection (without a password) and validations; print setup is A4 landscape, one page wide
/// unless <paramref name="FitToWidth"/> is off (a sheet of hundreds of columns is for pasting, not printing).
/// </summary>
internal sealed record WorkbookSheet(
    string Name,
    ImmutableArray<SheetCell> Cells,
    ImmutableArray<CellRange> Merges,
    ImmutableArray<double> ColumnWidths,
    ImmutableDictionary<int, double> RowHeights,
    int FrozenRows,
    int FrozenColumns,
    bool Protected,
    ImmutableArray<SheetValidation> Validations,
    bool FitToWidth = true);
