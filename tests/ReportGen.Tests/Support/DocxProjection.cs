using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ReportGen.Tests.Support;

/// <summary>
/// Reads a .docx as Word would lay out its content: each paragraph with its style and run styles,
/// each table with its spans and vertical merges. The golden files and the seed comparison use it,
/// so they test the package that is delivered, not an intermediate model.
/// </summary>
internal static class DocxProjection
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static XDocument DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    public static string Of(byte[] docx)
    {
        var body = DocumentXml(docx).Root!.Element(W + "body")!;
        var sb = new StringBuilder();
        foreach (var element in body.Elements())
        {
            if (element.Name == W + "p")
            {
                sb.Append('[').Append(Style(element) ?? "-").Append("] ").Append(Runs(element)).Append('\n');
            }
            else if (element.Name == W + "tbl")
            {
                var header = element.Elements(W + "tr").Count(r => r.Element(W + "trPr")?.Element(W + "tblHeader") is not null);
                sb.Append($"[table] header rows {header}\n");
                foreach (var row in element.Elements(W + "tr"))
                {
                    sb.Append("  |");
                    foreach (var cell in row.Elements(W + "tc"))
                    {
                        sb.Append(' ').Append(string.Concat(cell.Descendants(W + "t").Select(t => t.Value)));
                        var pr = cell.Element(W + "tcPr");
                        var marks = new List<string>();
                        if (pr?.Element(W + "gridSpan")?.Attribute(W + "val")?.Value is { } span)
                        {
                            marks.Add("span " + span);
                        }
                        if (pr?.Element(W + "vMerge") is { } merge)
                        {
                            marks.Add(merge.Attribute(W + "val")?.Value == "restart" ? "merge down" : "merged");
                        }
                        if (marks.Count > 0)
                        {
                            sb.Append(" {").Append(string.Join(", ", marks)).Append('}');
                        }
                        sb.Append(" |");
                    }
                    sb.Append('\n');
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>Paragraphs of the body with a given style id, as plain text.</summary>
    public static List<(string Style, string Text)> Paragraphs(byte[] docx) =>
        [.. DocumentXml(docx).Root!.Element(W + "body")!.Elements(W + "p")
            .Select(p => (Style(p) ?? "-", string.Concat(p.Descendants(W + "t").Select(t => t.Value))))];

    private static string? Style(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;

    private static string Runs(XElement paragraph) => string.Concat(paragraph.Elements(W + "r").Select(r =>
    {
        var text = string.Concat(r.Elements().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "↵" : string.Empty));
        var style = r.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val")?.Value;
        var bold = r.Element(W + "rPr")?.Element(W + "b") is not null;
        return style is not null ? $"<{style}>{text}</{style}>" : bold ? $"<b>{text}</b>" : text;
    }));
}
