using System.IO.Compression;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Workbook;

/// <summary>
/// Whether a person's tables.xlsx may be written over by <see cref="TablesWorkbook"/> (the page's 保存)
/// without losing anything they put in it. The writer knows only the three sheets of the form: it
/// cannot keep another sheet, a note typed beside a table, a changed label, a comment, a picture or a
/// chart. So every cell of the workbook on disk outside the figures (which are the page's to write) is
/// compared with what the writer puts there, and every part of the package with what a spreadsheet
/// program remakes by itself; anything that would not come back is named, and the caller refuses to
/// save. Formatting (fonts, colours, widths, hidden rows) and a formula typed in a figure cell (its
/// value is the figure) are not kept: the writer lays the form out afresh.
/// </summary>
internal static class TablesWorkbookRewrite
{
    /// <summary>The places named in a refusal: enough to find them, not a list to scroll.</summary>
    private const int Named = 5;

    /// <summary>What would be lost, in Chinese, each with its place (empty: nothing).</summary>
    public static IReadOnlyList<string> Losses(byte[] existing)
    {
        var losses = new List<string>();
        var worksheetParts = ForeignParts(existing, losses);
        var read = new XlsxReader().Read(FolderLayout.WorkbookFile, existing);
        if (read.Value is not { } sheets)
        {
            return [.. read.Diagnostics.Select(d => d.Message)];
        }
        if (worksheetParts != sheets.Count)
        {
            losses.Add($"工作簿有 {worksheetParts} 个工作表部件，能读出的只有 {sheets.Count} 个");
        }
        var written = new XlsxReader().Read(FolderLayout.WorkbookFile, TablesWorkbook.Write((_, _) => string.Empty)).Value;
        var ours = written!.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var figures = StatutoryFormat.Tables.ToDictionary(t => t.Number,
            t => TableSheetLayout.Of(t).Cells.Where(c => c.Figure is not null).Select(c => (c.Row, c.Column)).ToHashSet(), StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            if (!ours.TryGetValue(sheet.Name, out var own))
            {
                losses.Add($"工作表“{sheet.Name}”");
                continue;
            }
            foreach (var (row, cells) in sheet.Rows)
            {
                foreach (var (column, cell) in cells)
                {
                    if (!figures[sheet.Name].Contains((row, column)) && !Same(cell, own.Cell(row, column)))
                    {
                        losses.Add($"{sheet.Name}!{SourceLocation.CellName(row, column)}“{Shorten(cell.Text)}”");
                    }
                }
            }
        }
        return losses.Count <= Named ? losses : [.. losses.Take(Named), $"等共 {losses.Count} 处"];
    }

    /// <summary>A label, title or note comes back if the writer puts the same text there (a label's spaces aside); a formula never does.</summary>
    private static bool Same(RawCell cell, RawCell? own) =>
        !cell.IsFormula && own is not null && cell.Text.Trim() == own.Text.Trim();

    private static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= 20 ? line : line[..20] + "…";
    }

    /// <summary>
    /// Parts of the package the writer does not make and a spreadsheet program does not remake from the
    /// cells (<see cref="Kept"/>): each named by what a person would call it. Returns the number of worksheets.
    /// </summary>
    private static int ForeignParts(byte[] existing, List<string> losses)
    {
        var worksheets = 0;
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(existing, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) && !name[19..].Contains('/'))
                {
                    worksheets++;
                }
                else if (!Kept(name))
                {
                    kinds.Add(KindOf(name));
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip: the reader says so.
        }
        losses.AddRange(kinds);
        return worksheets;
    }

    /// <summary>What Excel, WPS and LibreOffice write beside the cells that holds nothing a person typed: properties, styles, theme, printer, calculation order.</summary>
    private static bool Kept(string name) =>
        name.EndsWith('/')
        || name is "[Content_Types].xml" or "_rels/.rels" or "xl/workbook.xml" or "xl/styles.xml" or "xl/sharedStrings.xml" or "xl/calcChain.xml" or "xl/metadata.xml"
        || KeptFolders.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    private static readonly string[] KeptFolders = ["docProps/", "customXml/", "xl/_rels/", "xl/worksheets/_rels/", "xl/theme/", "xl/printerSettings/"];

    private static string KindOf(string name)
    {
        (string Part, string Kind)[] kinds =
        [
            ("comments", "批注"), ("threadedComments", "批注"), ("vmlDrawing", "批注或控件"), ("persons", "批注"),
            ("media/", "图片"), ("drawings/", "图片或图形"), ("charts/", "图表"), ("chartsheets/", "图表工作表"),
            ("pivot", "数据透视表"), ("tables/", "套用格式的表格"), ("embeddings/", "嵌入的对象"),
            ("externalLinks/", "外部链接"), ("vbaProject", "宏"), ("slicer", "切片器"), ("queryTables/", "外部数据查询"),
        ];
        var part = name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return kinds.FirstOrDefault(k => part.StartsWith(k.Part, StringComparison.Ordinal) || name.Contains("/" + k.Part, StringComparison.Ordinal)).Kind is { } kind
            ? kind : $"其他内容（{name}）";
    }
}
