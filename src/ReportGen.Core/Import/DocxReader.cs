using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// Reads the body of a .docx (word/document.xml) with ZipArchive and XmlReader: paragraphs and table
/// rows in document order. Merged cells are spread over the grid (gridSpan across, vMerge down) so each
/// grid cell carries its text. Locations count paragraphs, the unit a person can find in Word.
/// </summary>
internal sealed class DocxReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A report's document.xml is a few megabytes; a zip bomb inflates to hundreds.</summary>
    public const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>The widest statutory table has 15 figure columns; no span or grid offset of a report reaches this.</summary>
    public const int MaxGridColumns = 64;

    /// <summary>Paragraphs, rows and cells together: a long report has a few thousand.</summary>
    public const int MaxElements = 200_000;

    /// <summary>No DTD, no external entity, a bounded document: what every reader of an Office package (docx, xlsx) parses with.</summary>
    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = MaxInflatedBytes,
    };

    private sealed record Cell(string Text, int Span, VMerge Merge);

    private enum VMerge
    {
        None,
        Restart,
        Continue,
    }

    private int paragraphs;
    private int elements;

    private const string SaveAsDocx = "请在 Word 中打开并另存为 .docx 后重试";

    /// <summary>The document, or the finding (I12) that says why the bytes are not a readable Word document and what to do.</summary>
    public Outcome<SourceDocument> Read(string file, byte[] content)
    {
        Outcome<SourceDocument> Refused(string message, string hint) => SourceDocument.Refused(file, message, hint);

        paragraphs = 0;
        elements = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                // A workbook is a zip too: the tables of a report folder, checked with its folder, not imported.
                return zip.GetEntry("xl/workbook.xml") is null
                    ? Refused($"{file} 是压缩文件，但不含 word/document.xml，不是 Word（.docx）文档", SaveAsDocx)
                    : Refused($"{file} 是 Excel 工作簿，不是已发布的年报文档",
                        $"工作簿中的统计表属于报告文件夹：请把它命名为 {FolderLayout.WorkbookFile} 放进报告文件夹，再对该文件夹运行 reportgen check");
            }
            // The declared size can lie, so the stream is bounded as well; both end the read as a damaged document.
            if (entry.Length > MaxInflatedBytes)
            {
                return Refused($"{file} 的正文解压后超过 {MaxInflatedBytes / 1024 / 1024} MB，不像是年报文档（可能是压缩炸弹），未读取", SaveAsDocx);
            }
            using var stream = new Disk.BoundedReadStream(entry.Open(), MaxInflatedBytes);
            using var reader = XmlReader.Create(stream, Settings);
            var blocks = new List<SourceBlock>();
            (string Text, int Number)? joined = null;
            while (reader.Read())
            {
                if (!IsW(reader, "tbl") && !IsW(reader, "p"))
                {
                    continue;
                }
                if (IsW(reader, "tbl"))
                {
                    blocks.AddRange(ReadTable(reader, file).Select(r => new SourceTableRow(r)));
                }
                else
                {
                    Count();
                    var number = ++paragraphs;
                    var text = ReadText(reader, out var joinsNext);
                    // A hidden paragraph mark joins the paragraph with the next one, as Word shows it.
                    if (joined is { } before)
                    {
                        text = before.Text + text;
                        number = before.Number;
                    }
                    joined = joinsNext ? (text, number) : null;
                    if (!joinsNext)
                    {
                        blocks.Add(new SourceParagraph(text, new SourceLocation(file, number, 0)));
                    }
                }
            }
            if (joined is { } rest)
            {
                blocks.Add(new SourceParagraph(rest.Text, new SourceLocation(file, rest.Number, 0)));
            }
            return new(new SourceDocument(file, [.. blocks], "段"), []);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return Refused($"{file} 无法作为 Word 文档读取：{e.Message}", SaveAsDocx);
        }
        catch (Exception e) when (e is ImportLimitException or Disk.ReadLimitException)
        {
            return Refused($"{file} {e.Message}，不像是年报文档，未读取", SaveAsDocx);
        }
    }

    private List<SourceRow> ReadTable(XmlReader reader, string file)
    {
        var rows = new List<SourceRow>();
        if (reader.IsEmptyElement)
        {
            return rows;
        }
        var depth = reader.Depth;
        ImmutableArray<SourceCell> above = [];
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (IsW(reader, "tr") && reader.Depth == depth + 1)
            {
                Count();
                var first = paragraphs + 1;
                var (gridBefore, cells) = ReadRow(reader);
                above = Spread(gridBefore, cells, above);
                rows.Add(new SourceRow(above, new SourceLocation(file, first, 0)));
            }
        }
        return rows;
    }

    /// <summary>Lays a row's cells on the grid: a span repeats its text as covered cells, a vMerge continuation takes the text above.</summary>
    private static ImmutableArray<SourceCell> Spread(int gridBefore, List<Cell> cells, ImmutableArray<SourceCell> above)
    {
        var grid = ImmutableArray.CreateBuilder<SourceCell>();
        if (gridBefore > MaxGridColumns || cells.Sum(c => (long)c.Span) + gridBefore > MaxGridColumns)
        {
            throw new ImportLimitException($"的表格有一行跨越超过 {MaxGridColumns} 列（gridSpan/gridBefore）");
        }
        for (var i = 0; i < gridBefore; i++)
        {
            grid.Add(new SourceCell(string.Empty, true));
        }
        foreach (var cell in cells)
        {
            for (var k = 0; k < cell.Span; k++)
            {
                var column = grid.Count;
                grid.Add(cell.Merge == VMerge.Continue
                    ? new SourceCell(column < above.Length ? above[column].Text : string.Empty, true)
                    : new SourceCell(cell.Text, k > 0));
            }
        }
        return grid.ToImmutable();
    }

    private (int GridBefore, List<Cell> Cells) ReadRow(XmlReader reader)
    {
        var cells = new List<Cell>();
        var gridBefore = 0;
        if (reader.IsEmptyElement)
        {
            return (gridBefore, cells);
        }
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (IsW(reader, "gridBefore") && reader.Depth == depth + 2)
            {
                gridBefore = Number(reader, 0);
            }
            else if (IsW(reader, "tc") && reader.Depth == depth + 1)
            {
                Count();
                cells.Add(ReadCell(reader));
            }
        }
        return (gridBefore, cells);
    }

    private Cell ReadCell(XmlReader reader)
    {
        var span = 1;
        var merge = VMerge.None;
        var text = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            return new Cell(string.Empty, span, merge);
        }
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (IsW(reader, "gridSpan") && reader.Depth == depth + 2)
            {
                span = Math.Max(1, Number(reader, 1));
            }
            else if (IsW(reader, "vMerge") && reader.Depth == depth + 2)
            {
                merge = reader.GetAttribute("val", W) == "restart" ? VMerge.Restart : VMerge.Continue;
            }
            else if (IsW(reader, "p"))
            {
                Count();
                paragraphs++;
                // A label that Word wrapped into two paragraphs is still one label.
                text.Append(ReadText(reader));
            }
        }
        return new Cell(text.ToString().Trim(), span, merge);
    }

    /// <summary>The visible text of a paragraph: w:t runs only (not field codes or deleted text).</summary>
    private static string ReadText(XmlReader reader) => ReadText(reader, out _);

    /// <param name="hiddenMark">Whether the paragraph mark is hidden (w:pPr/w:rPr/w:vanish).</param>
    private static string ReadText(XmlReader reader, out bool hiddenMark)
    {
        hiddenMark = false;
        var text = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }
        var depth = reader.Depth;
        var inText = false;
        var inProperties = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when IsW(reader, "t"):
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Element when IsW(reader, "pPr") && reader.Depth == depth + 1:
                    inProperties = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "pPr" && reader.Depth == depth + 1:
                    inProperties = false;
                    break;
                case XmlNodeType.Element when inProperties && IsW(reader, "vanish") && reader.Depth == depth + 3 && !Off(reader):
                    hiddenMark = true;
                    break;
                case XmlNodeType.Element when IsW(reader, "tab"):
                    text.Append(' ');
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t" && reader.NamespaceURI == W:
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return text.ToString();
    }

    private void Count()
    {
        if (++elements > MaxElements)
        {
            throw new ImportLimitException($"的段落、表格行与单元格超过 {MaxElements} 个");
        }
    }

    /// <summary>A limit of the reader was reached: the message says which, in Chinese.</summary>
    private sealed class ImportLimitException(string message) : Exception(message);

    private static bool IsW(XmlReader reader, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == W;

    /// <summary>An on/off property's w:val: false for "0", "false" or "off", else true.</summary>
    private static bool Off(XmlReader reader) => reader.GetAttribute("val", W) is "0" or "false" or "off";

    private static int Number(XmlReader reader, int fallback) =>
        int.TryParse(reader.GetAttribute("val", W), out var n) ? n : fallback;
}
