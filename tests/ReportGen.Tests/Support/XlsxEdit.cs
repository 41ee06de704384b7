using System.IO.Compression;
using System.Xml.Linq;

namespace ReportGen.Tests.Support;

/// <summary>
/// Changes a workbook the way another program's save would, at the level of its XML: a cell as a
/// number, a shared or inline string, a formula with or without its result, a hidden row, a renamed or
/// moved sheet. Sheets are named as the workbook lists them.
/// </summary>
internal sealed class XlsxEdit
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<string, XDocument> parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> raw = new(StringComparer.Ordinal);

    private XlsxEdit(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            raw[entry.FullName] = buffer.ToArray();
        }
    }

    public static byte[] Apply(byte[] xlsx, Action<XlsxEdit> edit)
    {
        var workbook = new XlsxEdit(xlsx);
        edit(workbook);
        return workbook.Save();
    }

    public XDocument Part(string path)
    {
        if (!parts.TryGetValue(path, out var doc))
        {
            doc = XDocument.Load(new MemoryStream(raw[path]));
            parts[path] = doc;
        }
        return doc;
    }

    public void Put(string path, byte[] content)
    {
        parts.Remove(path);
        raw[path] = content;
    }

    public XDocument Workbook => Part("xl/workbook.xml");

    /// <summary>The sheet part of a sheet named in workbook.xml (sheetN.xml through its relationship).</summary>
    public XDocument Sheet(string name)
    {
        var sheet = Workbook.Descendants(Main + "sheet").First(s => (string?)s.Attribute("name") == name);
        var id = (string)sheet.Attribute(Rel + "id")!;
        var rels = Part("xl/_rels/workbook.xml.rels");
        var target = (string)rels.Root!.Elements().First(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return Part("xl/" + target.TrimStart('/').Replace("xl/", string.Empty, StringComparison.Ordinal));
    }

    public XElement Cell(string sheet, string reference)
    {
        var doc = Sheet(sheet);
        var rowNumber = int.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), System.Globalization.CultureInfo.InvariantCulture);
        var data = doc.Descendants(Main + "sheetData").First();
        var row = data.Elements(Main + "row").FirstOrDefault(r => (int)r.Attribute("r")! == rowNumber);
        if (row is null)
        {
            row = new XElement(Main + "row", new XAttribute("r", rowNumber));
            var after = data.Elements(Main + "row").LastOrDefault(r => (int)r.Attribute("r")! < rowNumber);
            if (after is null)
            {
                data.AddFirst(row);
            }
            else
            {
                after.AddAfterSelf(row);
            }
        }
        var cell = row.Elements(Main + "c").FirstOrDefault(c => (string?)c.Attribute("r") == reference);
        if (cell is null)
        {
            cell = new XElement(Main + "c", new XAttribute("r", reference));
            row.Add(cell);
        }
        return cell;
    }

    public void SetNumber(string sheet, string reference, string value) => Set(sheet, reference, null, new XElement(Main + "v", value));

    public void SetInline(string sheet, string reference, string text) =>
        Set(sheet, reference, "inlineStr", new XElement(Main + "is", new XElement(Main + "t", text)));

    public void SetShared(string sheet, string reference, string text)
    {
        var sst = Part("xl/sharedStrings.xml").Root!;
        var index = sst.Elements(Main + "si").Count();
        sst.Add(new XElement(Main + "si", new XElement(Main + "t", text)));
        Set(sheet, reference, "s", new XElement(Main + "v", index));
    }

    /// <summary>A formula; <paramref name="cached"/> null is a formula saved without its result.</summary>
    public void SetFormula(string sheet, string reference, string formula, string? cached) =>
        Set(sheet, reference, null, [new XElement(Main + "f", formula), .. cached is null ? Array.Empty<XElement>() : [new XElement(Main + "v", cached)]]);

    public void HideRow(string sheet, int row) =>
        Sheet(sheet).Descendants(Main + "row").First(r => (int)r.Attribute("r")! == row).SetAttributeValue("hidden", "1");

    public void RenameSheet(string name, string newName) =>
        Workbook.Descendants(Main + "sheet").First(s => (string?)s.Attribute("name") == name).SetAttributeValue("name", newName);

    /// <summary>Lists the sheets in the opposite order, as a person dragging the tabs would.</summary>
    public void ReverseSheets()
    {
        var sheets = Workbook.Descendants(Main + "sheets").First();
        var list = sheets.Elements().ToList();
        sheets.RemoveNodes();
        list.Reverse();
        sheets.Add(list);
    }

    private void Set(string sheet, string reference, string? type, params XElement[] content)
    {
        var cell = Cell(sheet, reference);
        cell.RemoveNodes();
        cell.SetAttributeValue("t", type);
        cell.Add(content);
    }

    private byte[] Save()
    {
        foreach (var (path, doc) in parts)
        {
            using var buffer = new MemoryStream();
            doc.Save(buffer);
            raw[path] = buffer.ToArray();
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in raw)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(content);
            }
        }
        return output.ToArray();
    }
}
