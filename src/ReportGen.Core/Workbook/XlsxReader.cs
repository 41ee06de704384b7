using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportGen.Disk;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;

namespace ReportGen.Workbook;

/// <summary>What a spreadsheet cell holds as a reader sees it: its text (a number as written), and whether it is a formula with or without a saved result.</summary>
internal sealed record RawCell(string Text, bool IsFormula, bool HasValue);

/// <summary>One sheet's cells by row and column (1-based), as saved.</summary>
internal sealed class RawSheet(string name, SortedDictionary<int, SortedDictionary<int, RawCell>> rows)
{
    public string Name => name;

    public IEnumerable<(int Row, SortedDictionary<int, RawCell> Cells)> Rows => rows.Select(r => (r.Key, r.Value));

    public RawCell? Cell(int row, int column) =>
        rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    public string Text(int row, int column) => Cell(row, column)?.Text ?? string.Empty;
}

/// <summary>
/// Reads the cells of an .xlsx as Excel, WPS and LibreOffice save it, with ZipArchive and XmlReader
/// under the bounds of the .docx importer (<see cref="DocxReader"/>: inflated size, element count): shared
/// and inline strings (phonetic runs left out), numbers, cached formula results, formulas without one.
/// Nothing else of the package is opened: external links, macros (vbaProject.bin), pictures and
/// embedded objects are never read, let alone run.
/// </summary>
internal sealed class XlsxReader
{
    /// <summary>A filled-in tables.xlsx is some 20 KB; a workbook past this is the wrong file.</summary>
    public const int MaxBytes = 4 << 20;

    /// <summary>The sheets read; a workbook has three, a person may add a few of their own.</summary>
    public const int MaxSheets = 64;

    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    private static readonly XmlReaderSettings Settings = DocxReader.Settings;

    private long inflated;
    private int elements;

    /// <summary>The sheets in workbook order, or the finding (F02) at <paramref name="file"/> that says why the bytes are not a readable .xlsx and what to do.</summary>
    public Outcome<IReadOnlyList<RawSheet>> Read(string file, byte[] content)
    {
        Outcome<IReadOnlyList<RawSheet>> Refused(string problem, string hint) =>
            new(null, [new Diagnostic(RuleCatalog.Unreadable, new SourceLocation(file, 0, 0), $"{file} {problem}", hint)]);
        inflated = 0;
        elements = 0;
        if (content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
        {
            return Refused("是旧版 Excel（.xls）、WPS（.et）格式或设置了打开密码的工作簿，无法读取", "请在 WPS/Excel 中另存为 .xlsx（不设密码）");
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var workbookPath = Target(Relations(zip, "_rels/.rels", string.Empty), "/officeDocument") ?? "xl/workbook.xml";
            var folder = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : string.Empty;
            var relations = Relations(zip, $"{folder}_rels/{workbookPath[folder.Length..]}.rels", folder);
            var sheetsListed = SheetList(zip, workbookPath);
            if (sheetsListed is null)
            {
                return Refused("不是 Excel 工作簿（缺少 workbook.xml）", "请在 WPS/Excel 中另存为 .xlsx");
            }
            var strings = Target(relations, "/sharedStrings") is { } stringsPath ? SharedStrings(zip, stringsPath) : [];
            var sheets = new List<RawSheet>();
            foreach (var (name, id) in sheetsListed.Take(MaxSheets))
            {
                if (relations.TryGetValue(id, out var rel) && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal) && zip.GetEntry(rel.Target) is { } entry)
                {
                    sheets.Add(new RawSheet(name, Cells(entry, strings)));
                }
            }
            return new(sheets, []);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException)
        {
            return Refused($"无法作为 Excel 工作簿（.xlsx）读取：{e.Message.TrimEnd('.')}", "请在 WPS/Excel 中打开后另存为 .xlsx");
        }
        catch (ReadLimitException e)
        {
            return Refused($"{e.Message}，不像是年报的表格，未读取", "报告文件夹中的表格须为 reportgen init --workbook 生成、在 WPS/Excel 中填写并保存的 .xlsx");
        }
    }

    private BoundedReadStream Open(ZipArchiveEntry entry)
    {
        // The declared size can lie, so the stream is bounded as well, by what is left of the whole budget.
        var left = DocxReader.MaxInflatedBytes - inflated;
        if (entry.Length > left)
        {
            throw new ReadLimitException($"的内容解压后超过 {DocxReader.MaxInflatedBytes / 1024 / 1024} MB（可能是压缩炸弹）");
        }
        inflated += entry.Length;
        return new BoundedReadStream(entry.Open(), left);
    }

    private void Count()
    {
        if (++elements > DocxReader.MaxElements)
        {
            throw new ReadLimitException($"的单元格、行与文字超过 {DocxReader.MaxElements} 个");
        }
    }

    private sealed record Relation(string Type, string Target);

    private Dictionary<string, Relation> Relations(ZipArchive zip, string path, string folder)
    {
        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        if (zip.GetEntry(path) is not { } entry)
        {
            return relations;
        }
        using var stream = Open(entry);
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            // An external target (a linked workbook, a web address) is never followed.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") != "External"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                Count();
                relations[id] = new Relation(type, Resolve(folder, target));
            }
        }
        return relations;
    }

    private static string? Target(Dictionary<string, Relation> relations, string typeEnd) =>
        relations.Values.FirstOrDefault(r => r.Type.EndsWith(typeEnd, StringComparison.Ordinal))?.Target;

    /// <summary>A part name inside the zip: absolute ("/xl/worksheets/sheet1.xml") or relative to the folder, "../" resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private List<(string Name, string Id)>? SheetList(ZipArchive zip, string path)
    {
        if (zip.GetEntry(path) is not { } entry)
        {
            return null;
        }
        var sheets = new List<(string, string)>();
        using var stream = Open(entry);
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.GetAttribute("name") is { } name)
            {
                Count();
                // r:id, in the transitional or the strict relationships namespace.
                string? id = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                    {
                        id = reader.Value;
                    }
                }
                if (id is not null)
                {
                    sheets.Add((name, id));
                }
            }
        }
        return sheets;
    }

    private List<string> SharedStrings(ZipArchive zip, string path)
    {
        var strings = new List<string>();
        if (zip.GetEntry(path) is not { } entry)
        {
            return strings;
        }
        using var stream = Open(entry);
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                Count();
                strings.Add(StringItem(reader));
            }
        }
        return strings;
    }

    /// <summary>The text of an si or is element: its t runs, not the phonetic guide (rPh) WPS and Excel add to Chinese text.</summary>
    private static string StringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }
        var text = new StringBuilder();
        var depth = reader.Depth;
        var inText = false;
        var phonetic = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh":
                    phonetic += reader.IsEmptyElement ? 0 : 1;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = !reader.IsEmptyElement && phonetic == 0;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return text.ToString();
    }

    private SortedDictionary<int, SortedDictionary<int, RawCell>> Cells(ZipArchiveEntry entry, List<string> strings)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, RawCell>>();
        using var stream = Open(entry);
        using var reader = XmlReader.Create(stream, Settings);
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "row")
            {
                Count();
                row = reader.GetAttribute("r") is { } r ? Index(r, MaxRow) : row + 1;
                column = 0;
            }
            else if (reader.LocalName == "c" && row > 0)
            {
                Count();
                var reference = reader.GetAttribute("r");
                column = reference is null ? column + 1 : ColumnOf(reference);
                var cell = Cell(reader, reader.GetAttribute("t"), strings);
                if (cell.Text.Length > 0 || cell.IsFormula)
                {
                    if (!rows.TryGetValue(row, out var cells))
                    {
                        rows[row] = cells = [];
                    }
                    cells[column] = cell;
                }
            }
        }
        return rows;
    }

    private static RawCell Cell(XmlReader reader, string? type, List<string> strings)
    {
        if (reader.IsEmptyElement)
        {
            return new RawCell(string.Empty, false, false);
        }
        var depth = reader.Depth;
        string? value = null;
        string? inline = null;
        var formula = false;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                // Leaves the reader on the node after </v>.
                value = reader.ReadElementContentAsString();
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
            {
                formula = true;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = StringItem(reader);
            }
            reader.Read();
        }
        var text = type switch
        {
            "s" => value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? strings[i]
                : throw new FormatException($"单元格引用了不存在的共享字符串“{value}”"),
            "inlineStr" => inline ?? value ?? string.Empty,
            "b" => value == "1" ? "TRUE" : value is null ? string.Empty : "FALSE",
            "str" or "e" or "d" => value ?? string.Empty,
            _ => value is null ? string.Empty : NumberText(value),
        };
        return new RawCell(text, formula, value is not null || inline is not null);
    }

    /// <summary>
    /// A saved number as a person typed it: spreadsheets store binary doubles, so 1.1 may come back as
    /// 1.1000000000000001 (15 significant digits is what a double holds; whole numbers pass unchanged).
    /// </summary>
    private static string NumberText(string value)
    {
        if (value.Length is > 0 and <= 18 && value.All(char.IsAsciiDigit))
        {
            return value;
        }
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) < 7.9e27
            ? new decimal(d).ToString(CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>The column of "D7" (4).</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                throw new FormatException($"单元格地址“{reference}”超出工作表范围");
            }
        }
        if (i == 0)
        {
            throw new FormatException($"单元格地址“{reference}”无效");
        }
        return column;
    }

    private static int Index(string text, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new FormatException($"行号“{text}”无效");
}
