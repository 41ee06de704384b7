using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Workbook;

/// <summary>
/// tables.xlsx of a report folder into its three tables, through the one <see cref="TableReader"/>.
/// Each table's sheet is found by the title in its first rows (a sheet the user renamed or moved is
/// still found), else by its name (表三). Rows are found by their labels, so a row that is moved, hidden
/// or repeated reads as in a CSV; a figure is taken from the column the form puts it in
/// (<see cref="TableSheetLayout"/>). Places are the sheet's cells: "tables.xlsx 表三!D7".
/// </summary>
internal static class TablesWorkbookReader
{
    /// <summary>The rows searched for a sheet's title: the title is the first, a person may insert a line or two above it.</summary>
    private const int TitleSearchRows = 3;

    public static (IReadOnlyDictionary<string, TableData> Tables, ImmutableArray<Diagnostic> Findings) Read(byte[] content, string file)
    {
        var findings = new List<Diagnostic>();
        var tables = new Dictionary<string, TableData>(StringComparer.Ordinal);
        var read = new XlsxReader().Read(file, content);
        if (read.Value is not { } sheets)
        {
            return (tables, read.Diagnostics);
        }
        var taken = new HashSet<RawSheet>();
        foreach (var spec in StatutoryFormat.Tables)
        {
            var sheet = FindSheet(sheets, spec, taken);
            var reader = new TableReader(spec, sheet is null ? new TallyFileSource(file) : new WorkbookSheetSource(file, sheet.Name), findings.Add);
            if (sheet is null)
            {
                reader.Report(RuleCatalog.BadShape, new SourceLocation(file, 0, 0), $"{file} 中没有{spec.DisplayName}的工作表",
                    $"请保留 reportgen init --workbook 生成的工作表“{spec.Number}”（可以改名或移动，第一行的表名不要删）");
                continue;
            }
            taken.Add(sheet);
            tables[spec.Key] = spec.Layout == TableLayout.Flat ? ReadFlat(reader, sheet) : ReadRows(reader, sheet);
        }
        return (tables, [.. findings]);
    }

    /// <summary>The sheet whose title names the table, else the one named by its number; a sheet serves one table.</summary>
    private static RawSheet? FindSheet(IReadOnlyList<RawSheet> sheets, TableSpec spec, HashSet<RawSheet> taken)
    {
        var free = sheets.Where(s => !taken.Contains(s)).ToList();
        return free.FirstOrDefault(s => Titles(s).Any(t => Compact(t).Contains(spec.Title, StringComparison.Ordinal)))
            ?? free.FirstOrDefault(s => Compact(s.Name) == spec.Number && !Titles(s).Any(t => StatutoryFormat.Tables.Any(o => o != spec && Compact(t).Contains(o.Title, StringComparison.Ordinal))));
    }

    private static IEnumerable<string> Titles(RawSheet sheet) =>
        sheet.Rows.TakeWhile(r => r.Row <= TitleSearchRows).SelectMany(r => r.Cells.Values.Select(c => c.Text));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>表二 and 表三: every row with a label names its row; the texts of the form itself (headers, groups) are passed over.</summary>
    private static TableData ReadRows(TableReader reader, RawSheet sheet)
    {
        var layout = TableSheetLayout.Of(reader.Spec);
        foreach (var (row, cells) in sheet.Rows)
        {
            if (row <= layout.HeaderRows || IsFormRow(layout, cells))
            {
                continue;
            }
            var (label, labelColumn) = Label(layout, cells);
            if (label.Length == 0 && !cells.Values.Any(c => c.Text.Trim().Length > 0))
            {
                continue;
            }
            if (reader.ReadRow(label, row, labelColumn) is not { } spec)
            {
                continue;
            }
            foreach (var column in spec.Columns)
            {
                var cell = new CellRef(spec.Key, column);
                Set(reader, cell, row, layout.FigureAt(cell).Column, sheet.Cell(row, layout.FigureAt(cell).Column));
            }
        }
        return reader.Finish(reader.Source.At(0, 0));
    }

    /// <summary>表四: one row of figures below the header, each figure in the column of its cell.</summary>
    private static TableData ReadFlat(TableReader reader, RawSheet sheet)
    {
        var layout = TableSheetLayout.Of(reader.Spec);
        var figureRow = layout.FigureAt(reader.Spec.Cells[0]).Row;
        // A person may have inserted a line: the first row after the header that is not the form's own.
        foreach (var (row, cells) in sheet.Rows)
        {
            if (row > layout.HeaderRows && !IsFormRow(layout, cells))
            {
                figureRow = row;
                break;
            }
        }
        foreach (var cell in reader.Spec.Cells)
        {
            var column = layout.FigureAt(cell).Column;
            Set(reader, cell, figureRow, column, sheet.Cell(figureRow, column));
        }
        return reader.Finish(reader.Source.At(0, 0));
    }

    /// <summary>A row whose every text is a header, group or block title of the form: it holds no figures.</summary>
    private static bool IsFormRow(TableSheetLayout layout, SortedDictionary<int, RawCell> cells)
    {
        var any = false;
        foreach (var cell in cells.Values)
        {
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (!layout.FormTexts.Contains(text))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>The row label: the last text in the label columns (left of it stand the merged group labels).</summary>
    private static (string Label, int Column) Label(TableSheetLayout layout, SortedDictionary<int, RawCell> cells)
    {
        for (var column = layout.LabelColumns; column >= 1; column--)
        {
            if (cells.TryGetValue(column, out var cell) && cell.Text.Trim().Length > 0)
            {
                return (cell.Text.Trim(), column);
            }
        }
        return (string.Empty, 1);
    }

    private static void Set(TableReader reader, CellRef cell, int row, int column, RawCell? raw)
    {
        if (raw is { IsFormula: true, HasValue: false })
        {
            // A formula saved without its result (a program that does not calculate wrote it): a total is
            // then computed from its parts, as a blank one is; any other figure cannot be known.
            if (!reader.Spec.IsComputable(cell))
            {
                var (rowLabel, columnLabel) = (reader.Spec.CellRowLabel(cell), reader.Spec.CellColumnLabel(cell));
                var where = rowLabel.Length > 0 ? $"“{rowLabel}”行“{columnLabel}”列" : $"“{columnLabel}”列";
                reader.Report(RuleCatalog.NotANumber, reader.Source.At(row, column), $"{reader.Spec.Number}{where}是公式，文件中没有保存计算结果",
                    "请在 WPS/Excel 中打开并保存一次，或直接填写数字", rowLabel, columnLabel);
            }
            return;
        }
        reader.SetCell(cell, raw?.Text.Trim() ?? string.Empty, row, column);
    }
}
