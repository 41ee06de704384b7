namespace ReportGen.Model;

/// <summary>Where a value came from: a file as the user named it, 1-based line and column.</summary>
/// <remarks>
/// In a workbook (tables.xlsx) <see cref="Sheet"/> names the sheet, and line and column are the sheet's
/// row and column numbers: the place is then printed as people say it in a spreadsheet, "tables.xlsx 表三!D7".
/// </remarks>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The workbook sheet the place is on, or null for a text file.</summary>
    public string? Sheet { get; init; }

    /// <summary>"D7": the spreadsheet name of the cell, or null outside a workbook or without a row and column.</summary>
    public string? Cell => Sheet is not null && Line > 0 && Column > 0 ? CellName(Line, Column) : null;

    /// <summary>"表三!D7" ("'表 三'!D7" when the name needs quoting), "表三" without a cell; null outside a workbook.</summary>
    public string? SheetCell => Sheet is null ? null
        : Cell is { } cell ? $"{QuotedSheet(Sheet)}!{cell}"
        : Line > 0 ? $"{QuotedSheet(Sheet)} 第 {Line} 行"
        : Sheet;

    public override string ToString() =>
        SheetCell is { } place ? $"{File} {place}"
        : Column > 0 ? $"{File}:{Line}:{Column}" : Line > 0 ? $"{File}:{Line}" : File;

    /// <summary>"A", "Z", "AA": the letters of a 1-based column number.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    public static string CellName(int row, int column) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Spreadsheets quote a sheet name that is not one word: 'My sheet'!A1, with ' doubled.
    private static string QuotedSheet(string sheet) =>
        sheet.All(char.IsLetterOrDigit) ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
}
