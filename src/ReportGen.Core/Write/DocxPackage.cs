using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ReportGen.Write;

/// <summary>One part of the package: where it lives, what it is, and the id its parent links it by.</summary>
internal sealed record DocxPart(string Path, string ContentType, string RelationshipType, string RelationshipId);

/// <summary>
/// The zip container of a .docx: content types, relationships and parts, with every entry dated
/// the same fixed instant so the same report always gives the same bytes. Written directly rather
/// than through the SDK's package API, which stamps entries with the current time (undoing that
/// took a second zip pass) and whose part machinery was about a fifth of a build.
/// </summary>
internal static class DocxPackage
{
    private const string Officedocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordprocessingMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public static readonly DocxPart Main = new("word/document.xml", WordprocessingMl + "document.main+xml", Officedocument + "officeDocument", "rIdMain");

    public static readonly DocxPart Core = new("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "rIdCore");

    public static readonly DocxPart Styles = new("word/styles.xml", WordprocessingMl + "styles+xml", Officedocument + "styles", "rIdStyles");
    public static readonly DocxPart Settings = new("word/settings.xml", WordprocessingMl + "settings+xml", Officedocument + "settings", "rIdSettings");
    public static readonly DocxPart FontTable = new("word/fontTable.xml", WordprocessingMl + "fontTable+xml", Officedocument + "fontTable", "rIdFontTable");
    public static readonly DocxPart OddFooter = new("word/footer1.xml", WordprocessingMl + "footer+xml", Officedocument + "footer", "rIdFooterOdd");
    public static readonly DocxPart EvenFooter = new("word/footer2.xml", WordprocessingMl + "footer+xml", Officedocument + "footer", "rIdFooterEven");

    /// <summary>The main document's own parts, in the order they are linked and stored.</summary>
    public static readonly DocxPart[] MainParts = [Styles, Settings, FontTable, OddFooter, EvenFooter];

    // The DOS date format starts in 1980; any fixed value will do.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Stream OpenEntry(ZipArchive zip, string path)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }

    public static void WriteEntry(ZipArchive zip, string path, byte[] content)
    {
        using var stream = OpenEntry(zip, path);
        stream.Write(content);
    }

    public static byte[] ContentTypes(bool withCore) => Xml(xml =>
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, Main);
        foreach (var part in MainParts)
        {
            Override(xml, part);
        }
        if (withCore)
        {
            Override(xml, Core);
        }
        xml.WriteEndElement();

        void Default(XmlWriter x, string extension, string type)
        {
            x.WriteStartElement("Default", ns);
            x.WriteAttributeString("Extension", extension);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        void Override(XmlWriter x, DocxPart part)
        {
            x.WriteStartElement("Override", ns);
            x.WriteAttributeString("PartName", "/" + part.Path);
            x.WriteAttributeString("ContentType", part.ContentType);
            x.WriteEndElement();
        }
    });

    public static byte[] Relationships(IEnumerable<DocxPart> targets) => Xml(xml =>
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        xml.WriteStartElement("Relationships", ns);
        foreach (var part in targets)
        {
            xml.WriteStartElement("Relationship", ns);
            xml.WriteAttributeString("Type", part.RelationshipType);
            xml.WriteAttributeString("Target", "/" + part.Path);
            xml.WriteAttributeString("Id", part.RelationshipId);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>Only the title: no author, no dates, so two runs give the same bytes.</summary>
    public static byte[] CoreProperties(string title) => Xml(xml =>
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteElementString("dc", "title", dc, title);
        xml.WriteElementString("dc", "language", dc, "zh-CN");
        xml.WriteEndElement();
    });

    /// <summary>A WordprocessingML part written by <paramref name="write"/>, as bytes.</summary>
    public static byte[] Word(Action<WordXmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new WordXmlWriter(buffer))
        {
            write(writer);
        }
        return buffer.ToArray();
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Utf8 }))
        {
            xml.WriteStartDocument(true);
            write(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
