using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportGen.Format;

namespace ReportGen.Workbook;

/// <summary>
/// Writes sheets as an .xlsx (SpreadsheetML, ECMA-376 transitional) that Excel, WPS and LibreOffice
/// open: a zip of XML parts streamed with <see cref="XmlWriter"/>. Not the SDK's typed classes or
/// package API: a typed element roots most of the schema in the Native AOT image and the package API
/// stamps entries with the time (see Write/WordXmlWriter.cs, Write/DocxPackage.cs); here the same
/// sheets give the same bytes. The SDK's validator checks the output in the tests.
/// </summary>
internal static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string SheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    // The DOS date format starts in 1980; any fixed value will do.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static void Write(IReadOnlyList<WorkbookSheet> sheets, Stream output)
    {
        var strings = new SharedStrings();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", x => ContentTypes(x, sheets.Count));
            Entry(zip, "_rels/.rels", x => Rels(x, [("rId1", Relationships + "/officeDocument", "xl/workbook.xml")], PackageRelationships));
            Entry(zip, "xl/workbook.xml", x => WorkbookPart(x, sheets));
            Entry(zip, "xl/_rels/workbook.xml.rels", x => Rels(x,
            [
                .. sheets.Select((_, i) => ($"rId{i + 1}", Relationships + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
                ($"rId{sheets.Count + 1}", Relationships + "/styles", "styles.xml"),
                ($"rId{sheets.Count + 2}", Relationships + "/sharedStrings", "sharedStrings.xml"),
            ], PackageRelationships));
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", x => Worksheet(x, sheet, strings, selected: i == 0));
            }
            Entry(zip, "xl/styles.xml", Styles);
            Entry(zip, "xl/sharedStrings.xml", strings.Write);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Entry(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter x, int sheets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        x.WriteStartElement("Types", ns);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", SheetContent + "sheet.main+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override($"/xl/worksheets/sheet{i}.xml", SheetContent + "worksheet+xml");
        }
        Override("/xl/styles.xml", SheetContent + "styles+xml");
        Override("/xl/sharedStrings.xml", SheetContent + "sharedStrings+xml");
        x.WriteEndElement();

        void Default(string extension, string type) => Empty(x, "Default", ns, ("Extension", extension), ("ContentType", type));

        void Override(string part, string type) => Empty(x, "Override", ns, ("PartName", part), ("ContentType", type));
    }

    /// <summary>An element that has attributes only, as most of the package parts and a sheet view's pane and selection are.</summary>
    private static void Empty(XmlWriter x, string name, string ns, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        x.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            x.WriteAttributeString(attribute, value);
        }
        x.WriteEndElement();
    }

    private static void Rels(XmlWriter x, IEnumerable<(string Id, string Type, string Target)> relationships, string ns)
    {
        x.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            Empty(x, "Relationship", ns, ("Id", id), ("Type", type), ("Target", target));
        }
        x.WriteEndElement();
    }

    private static void WorkbookPart(XmlWriter x, IReadOnlyList<WorkbookSheet> sheets)
    {
        x.WriteStartElement("workbook", Main);
        x.WriteAttributeString("xmlns", "r", null, Relationships);
        x.WriteStartElement("bookViews", Main);
        x.WriteStartElement("workbookView", Main);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            x.WriteStartElement("sheet", Main);
            x.WriteAttributeString("name", sheets[i].Name);
            x.WriteAttributeString("sheetId", Number(i + 1));
            x.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            x.WriteEndElement();
        }
        x.WriteEndElement();
        // The header rows repeat on every printed page, as the .docx repeats them.
        var titled = sheets.Select((s, i) => (s, i)).Where(t => t.s.FrozenRows > 0).ToList();
        if (titled.Count > 0)
        {
            x.WriteStartElement("definedNames", Main);
            foreach (var (sheet, i) in titled)
            {
                x.WriteStartElement("definedName", Main);
                x.WriteAttributeString("name", "_xlnm.Print_Titles");
                x.WriteAttributeString("localSheetId", Number(i));
                x.WriteString($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${sheet.FrozenRows}");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        // Totals carry their computed value; a spreadsheet program recalculates them all on opening.
        x.WriteStartElement("calcPr", Main);
        x.WriteAttributeString("calcId", "191029");
        x.WriteAttributeString("fullCalcOnLoad", "1");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Worksheet(XmlWriter x, WorkbookSheet sheet, SharedStrings strings, bool selected)
    {
        var rows = sheet.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key).ToList();
        var lastRow = sheet.Cells.IsEmpty ? 1 : sheet.Cells.Max(c => c.Row);
        var lastColumn = Math.Max(sheet.ColumnWidths.Length, sheet.Cells.IsEmpty ? 1 : sheet.Cells.Max(c => c.Column));
        x.WriteStartElement("worksheet", Main);
        x.WriteAttributeString("xmlns", "r", null, Relationships);

        if (sheet.FitToWidth)
        {
            x.WriteStartElement("sheetPr", Main);
            x.WriteStartElement("pageSetUpPr", Main);
            x.WriteAttributeString("fitToPage", "1");
            x.WriteEndElement();
            x.WriteEndElement();
        }

        x.WriteStartElement("dimension", Main);
        x.WriteAttributeString("ref", new CellRange(1, 1, lastRow, lastColumn).ToString());
        x.WriteEndElement();

        SheetView(x, sheet, selected);

        x.WriteStartElement("sheetFormatPr", Main);
        x.WriteAttributeString("defaultRowHeight", "14.25");
        x.WriteEndElement();

        if (!sheet.ColumnWidths.IsEmpty)
        {
            x.WriteStartElement("cols", Main);
            for (var i = 0; i < sheet.ColumnWidths.Length; i++)
            {
                x.WriteStartElement("col", Main);
                x.WriteAttributeString("min", Number(i + 1));
                x.WriteAttributeString("max", Number(i + 1));
                x.WriteAttributeString("width", Decimal(sheet.ColumnWidths[i]));
                x.WriteAttributeString("customWidth", "1");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }

        x.WriteStartElement("sheetData", Main);
        foreach (var row in rows)
        {
            x.WriteStartElement("row", Main);
            x.WriteAttributeString("r", Number(row.Key));
            if (sheet.RowHeights.TryGetValue(row.Key, out var height))
            {
                x.WriteAttributeString("ht", Decimal(height));
                x.WriteAttributeString("customHeight", "1");
            }
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                Cell(x, cell, strings);
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();

        if (sheet.Protected)
        {
            // No password: the lock keeps labels from being typed over by accident, it is not a secret.
            // Columns and rows may still be resized.
            x.WriteStartElement("sheetProtection", Main);
            x.WriteAttributeString("sheet", "1");
            x.WriteAttributeString("objects", "1");
            x.WriteAttributeString("scenarios", "1");
            x.WriteAttributeString("formatColumns", "0");
            x.WriteAttributeString("formatRows", "0");
            x.WriteEndElement();
        }

        if (!sheet.Merges.IsEmpty)
        {
            x.WriteStartElement("mergeCells", Main);
            x.WriteAttributeString("count", Number(sheet.Merges.Length));
            foreach (var merge in sheet.Merges)
            {
                x.WriteStartElement("mergeCell", Main);
                x.WriteAttributeString("ref", merge.ToString());
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }

        var validations = sheet.Validations.Where(v => !v.Ranges.IsEmpty).ToList();
        if (validations.Count > 0)
        {
            x.WriteStartElement("dataValidations", Main);
            x.WriteAttributeString("count", Number(validations.Count));
            foreach (var validation in validations)
            {
                Validation(x, validation);
            }
            x.WriteEndElement();
        }

        x.WriteStartElement("printOptions", Main);
        x.WriteAttributeString("horizontalCentered", "1");
        x.WriteEndElement();
        x.WriteStartElement("pageMargins", Main);
        foreach (var (name, inches) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
        {
            x.WriteAttributeString(name, inches);
        }
        x.WriteEndElement();
        // A4 (paper size 9), landscape, one page wide and as many pages tall as it takes.
        x.WriteStartElement("pageSetup", Main);
        x.WriteAttributeString("paperSize", "9");
        if (sheet.FitToWidth)
        {
            x.WriteAttributeString("fitToHeight", "0");
        }
        x.WriteAttributeString("orientation", "landscape");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void SheetView(XmlWriter x, WorkbookSheet sheet, bool selected)
    {
        x.WriteStartElement("sheetViews", Main);
        x.WriteStartElement("sheetView", Main);
        if (selected)
        {
            x.WriteAttributeString("tabSelected", "1");
        }
        x.WriteAttributeString("workbookViewId", "0");
        var (rows, columns) = (sheet.FrozenRows, sheet.FrozenColumns);
        if (rows > 0 || columns > 0)
        {
            var pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
            var topLeft = Model.SourceLocation.CellName(rows + 1, columns + 1);
            x.WriteStartElement("pane", Main);
            if (columns > 0)
            {
                x.WriteAttributeString("xSplit", Number(columns));
            }
            if (rows > 0)
            {
                x.WriteAttributeString("ySplit", Number(rows));
            }
            x.WriteAttributeString("topLeftCell", topLeft);
            x.WriteAttributeString("activePane", pane);
            x.WriteAttributeString("state", "frozen");
            x.WriteEndElement();
            Empty(x, "selection", Main, ("pane", pane), ("activeCell", topLeft), ("sqref", topLeft));
        }
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Cell(XmlWriter x, SheetCell cell, SharedStrings strings)
    {
        x.WriteStartElement("c", Main);
        x.WriteAttributeString("r", Model.SourceLocation.CellName(cell.Row, cell.Column));
        x.WriteAttributeString("s", Number((int)cell.Style));
        if (cell.Text is { Length: > 0 } text)
        {
            x.WriteAttributeString("t", "s");
            x.WriteElementString("v", Main, Number(strings.Index(text)));
        }
        else
        {
            if (cell.Formula is { } formula)
            {
                x.WriteElementString("f", Main, formula);
            }
            if (cell.Number is { } number)
            {
                x.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
            }
        }
        x.WriteEndElement();
    }

    private static void Validation(XmlWriter x, SheetValidation validation)
    {
        var count = validation.Kind == CellKind.Count;
        x.WriteStartElement("dataValidation", Main);
        x.WriteAttributeString("type", count ? "whole" : "decimal");
        x.WriteAttributeString("operator", "greaterThanOrEqual");
        x.WriteAttributeString("allowBlank", "1");
        x.WriteAttributeString("showInputMessage", "1");
        x.WriteAttributeString("showErrorMessage", "1");
        x.WriteAttributeString("errorTitle", "数字不符合要求");
        x.WriteAttributeString("error", count ? "请填写不小于 0 的整数（件数、次数）" : "请填写不小于 0 的金额，单位为万元（可有小数）");
        x.WriteAttributeString("promptTitle", count ? "件数" : "金额（万元）");
        x.WriteAttributeString("prompt", count ? "填写整数，没有的填 0" : "单位为万元，可有小数，没有的填 0");
        x.WriteAttributeString("sqref", string.Join(' ', validation.Ranges.Select(r => r.ToString())));
        x.WriteElementString("formula1", Main, "0");
        x.WriteEndElement();
    }

    /// <summary>The styles <see cref="SheetCellStyle"/> names, in its order (a cell's s attribute is the enum value).</summary>
    private static void Styles(XmlWriter x)
    {
        x.WriteStartElement("styleSheet", Main);
        x.WriteStartElement("fonts", Main);
        x.WriteAttributeString("count", "2");
        Font(bold: false, size: "11");
        Font(bold: true, size: "14");
        x.WriteEndElement();

        x.WriteStartElement("fills", Main);
        x.WriteAttributeString("count", "3");
        Fill("none", null);
        Fill("gray125", null);
        Fill("solid", "FFF2F2F2");
        x.WriteEndElement();

        x.WriteStartElement("borders", Main);
        x.WriteAttributeString("count", "2");
        x.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            x.WriteElementString(side, Main, null);
        }
        x.WriteEndElement();
        x.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom" })
        {
            x.WriteStartElement(side, Main);
            x.WriteAttributeString("style", "thin");
            x.WriteStartElement("color", Main);
            x.WriteAttributeString("auto", "1");
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteElementString("diagonal", Main, null);
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("cellStyleXfs", Main);
        x.WriteAttributeString("count", "1");
        Xf(numberFormat: 0, font: 0, fill: 0, border: 0, horizontal: null, wrap: false, locked: true, cellStyle: true);
        x.WriteEndElement();

        // In the order of SheetCellStyle: Plain, Title, Label, RowLabel, Count, Amount, Total.
        x.WriteStartElement("cellXfs", Main);
        x.WriteAttributeString("count", "7");
        Xf(0, 0, 0, 0, null, wrap: false, locked: true);
        Xf(0, 1, 0, 0, "left", wrap: false, locked: true);
        Xf(0, 0, 0, 1, "center", wrap: true, locked: true);
        Xf(0, 0, 0, 1, "left", wrap: true, locked: true);
        Xf(1, 0, 0, 1, "center", wrap: false, locked: false);
        Xf(0, 0, 0, 1, "center", wrap: false, locked: false);
        Xf(1, 0, 2, 1, "center", wrap: false, locked: false);
        x.WriteEndElement();

        x.WriteStartElement("cellStyles", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("cellStyle", Main);
        x.WriteAttributeString("name", "Normal");
        x.WriteAttributeString("xfId", "0");
        x.WriteAttributeString("builtinId", "0");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();

        void Font(bool bold, string size)
        {
            // 宋体 with its charset (134, GB2312): what Excel and WPS on a Chinese desktop use for a table.
            x.WriteStartElement("font", Main);
            if (bold)
            {
                x.WriteElementString("b", Main, null);
            }
            Empty(x, "sz", Main, ("val", size));
            Empty(x, "name", Main, ("val", "宋体"));
            Empty(x, "family", Main, ("val", "3"));
            Empty(x, "charset", Main, ("val", "134"));
            x.WriteEndElement();
        }

        void Fill(string pattern, string? color)
        {
            x.WriteStartElement("fill", Main);
            x.WriteStartElement("patternFill", Main);
            x.WriteAttributeString("patternType", pattern);
            if (color is not null)
            {
                Empty(x, "fgColor", Main, ("rgb", color));
                Empty(x, "bgColor", Main, ("indexed", "64"));
            }
            x.WriteEndElement();
            x.WriteEndElement();
        }

        void Xf(int numberFormat, int font, int fill, int border, string? horizontal, bool wrap, bool locked, bool cellStyle = false)
        {
            x.WriteStartElement("xf", Main);
            x.WriteAttributeString("numFmtId", Number(numberFormat));
            x.WriteAttributeString("fontId", Number(font));
            x.WriteAttributeString("fillId", Number(fill));
            x.WriteAttributeString("borderId", Number(border));
            if (!cellStyle)
            {
                x.WriteAttributeString("xfId", "0");
                if (numberFormat != 0)
                {
                    x.WriteAttributeString("applyNumberFormat", "1");
                }
                if (font != 0)
                {
                    x.WriteAttributeString("applyFont", "1");
                }
                if (fill != 0)
                {
                    x.WriteAttributeString("applyFill", "1");
                }
                if (border != 0)
                {
                    x.WriteAttributeString("applyBorder", "1");
                }
                if (horizontal is not null)
                {
                    x.WriteAttributeString("applyAlignment", "1");
                }
                if (!locked)
                {
                    x.WriteAttributeString("applyProtection", "1");
                }
            }
            if (horizontal is not null)
            {
                x.WriteStartElement("alignment", Main);
                x.WriteAttributeString("horizontal", horizontal);
                x.WriteAttributeString("vertical", "center");
                if (wrap)
                {
                    x.WriteAttributeString("wrapText", "1");
                }
                x.WriteEndElement();
            }
            if (!locked)
            {
                x.WriteStartElement("protection", Main);
                x.WriteAttributeString("locked", "0");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
    }

    /// <summary>XML 1.0 cannot carry control characters or a lone surrogate; a label never has them, a name might.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => c >= ' ' || c is '\t' or '\n' or '\r') && !text.Any(char.IsSurrogate))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every text once, in the order first written: what Excel itself writes (and all readers read).</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly List<string> texts = [];
        private int uses;

        public int Index(string text)
        {
            uses++;
            if (!index.TryGetValue(text, out var i))
            {
                i = texts.Count;
                index[text] = i;
                texts.Add(text);
            }
            return i;
        }

        public void Write(XmlWriter x)
        {
            x.WriteStartElement("sst", Main);
            x.WriteAttributeString("count", Number(uses));
            x.WriteAttributeString("uniqueCount", Number(texts.Count));
            foreach (var text in texts)
            {
                x.WriteStartElement("si", Main);
                x.WriteStartElement("t", Main);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    x.WriteAttributeString("xml", "space", null, "preserve");
                }
                x.WriteString(XmlSafe(text));
                x.WriteEndElement();
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
    }
}
