using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a .docx laid out per GB/T 9704-2012. The body is
/// streamed with <see cref="OpenXmlWriter"/>; each paragraph or table is built with typed
/// properties first so its children come out in schema order. The output is byte-identical for
/// the same input: fixed relationship ids, no timestamps, and a re-zip with fixed entry dates.
/// </summary>
internal sealed class DocxReportWriter
{
    private const string MainId = "rIdMain";
    private const string StylesId = "rIdStyles";
    private const string SettingsId = "rIdSettings";
    private const string FontTableId = "rIdFontTable";
    private const string OddFooterId = "rIdFooterOdd";
    private const string EvenFooterId = "rIdFooterEven";
    private const string CorePropertiesId = "rIdCore";

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const int PackageBufferSize = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? packageBuffer;

    [ThreadStatic]
    private static MemoryStream? bodyBuffer;

    /// <summary>
    /// Styles, settings, font table and footers are the same in every report: built with the typed
    /// SDK classes once per process and kept as bytes. Building the style DOM for every report was
    /// the largest single cost of a batch.
    /// </summary>
    private static readonly Lazy<(byte[] Styles, byte[] Settings, byte[] FontTable, byte[] OddFooter, byte[] EvenFooter)> FixedParts = new(() =>
        (Serialize(DocxStyles.Build()), Serialize(Settings()), Serialize(FontTable()),
         Serialize(DocxParagraphs.PageNumberFooter(odd: true)), Serialize(DocxParagraphs.PageNumberFooter(odd: false))));

    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = OpenXmlWriter.Create(buffer))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(root);
        }
        return buffer.ToArray();
    }

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // A report's package is ~100 KB before the re-zip: growing a fresh MemoryStream to that size
        // (large-object-heap copies, then gen-2 collections) was a quarter of a batch build. Each
        // thread keeps one buffer and rewinds it; nothing here calls Write recursively.
        var package = packageBuffer ??= new MemoryStream(PackageBufferSize);
        package.SetLength(0);
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // StableZip re-compresses every entry; deflating here too only to inflate again cost a few ms.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // AddMainDocumentPart() would pick a random relationship id.
            var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MainId);
            main.AddNewPart<StyleDefinitionsPart>(StylesId).FeedData(new MemoryStream(FixedParts.Value.Styles, writable: false));
            main.AddNewPart<DocumentSettingsPart>(SettingsId).FeedData(new MemoryStream(FixedParts.Value.Settings, writable: false));
            main.AddNewPart<FontTablePart>(FontTableId).FeedData(new MemoryStream(FixedParts.Value.FontTable, writable: false));
            main.AddNewPart<FooterPart>(OddFooterId).FeedData(new MemoryStream(FixedParts.Value.OddFooter, writable: false));
            main.AddNewPart<FooterPart>(EvenFooterId).FeedData(new MemoryStream(FixedParts.Value.EvenFooter, writable: false));
            WriteBody(main, document);
            WriteCoreProperties(word, document.Title);
        }
        package.Position = 0;
        StableZip.Copy(package, output);
    }

    private static void WriteBody(MainDocumentPart main, ReportDocument document)
    {
        // The part's own stream grows in small steps as the XML writer flushes (a tenth of a batch
        // build in reallocations); the body goes to this thread's sized buffer, then into the part at once.
        var body = bodyBuffer ??= new MemoryStream(PackageBufferSize);
        body.SetLength(0);
        using (var writer = OpenXmlWriter.Create(body))
        {
            WriteBody(writer, document);
        }
        body.Position = 0;
        main.FeedData(body);
    }

    private static void WriteBody(OpenXmlWriter writer, ReportDocument document)
    {
        writer.WriteStartDocument(true);
        // Declaring both prefixes on the root keeps them off every child element.
        writer.WriteStartElement(new Document(), [], [new("w", WordNamespace), new("r", RelationshipNamespace)]);
        writer.WriteStartElement(new Body());
        foreach (var element in BodyElements(document))
        {
            writer.WriteElement(element);
        }
        writer.WriteElement(DocxParagraphs.Section(OddFooterId, EvenFooterId));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// The blocks in order, plus what the layout needs between them: the title (from
    /// <see cref="ReportDocument.Title"/> if no block has the Title role), one blank line after the
    /// title, a paragraph between adjacent tables (Word would fuse them) and the signature.
    /// </summary>
    internal static IEnumerable<OpenXmlElement> BodyElements(ReportDocument document)
    {
        var blocks = document.Blocks.IsDefault ? [] : document.Blocks;
        var hasTitleBlock = blocks.Any(b => b is ParagraphBlock { Role: ParagraphRole.Title });
        var afterTitle = false;
        if (!hasTitleBlock && !string.IsNullOrWhiteSpace(document.Title))
        {
            yield return DocxParagraphs.Role(ParagraphBlock.Of(ParagraphRole.Title, document.Title));
            afterTitle = true;
        }

        DocumentBlock? previous = null;
        foreach (var block in blocks)
        {
            var isTitle = block is ParagraphBlock { Role: ParagraphRole.Title };
            if (afterTitle && !isTitle)
            {
                yield return DocxParagraphs.BlankLine();
            }
            afterTitle = isTitle;

            if (block is TableBlock && previous is TableBlock)
            {
                yield return DocxParagraphs.BlankLine();
            }
            yield return block switch
            {
                ParagraphBlock paragraph => DocxParagraphs.Role(paragraph),
                TableBlock table => DocxTables.Build(table),
                _ => throw new ArgumentException($"未知的文档块类型：{block.GetType().Name}", nameof(document)),
            };
            previous = block;
        }

        if (document.Signature is { } signature)
        {
            foreach (var paragraph in DocxParagraphs.Signature(signature))
            {
                yield return paragraph;
            }
        }
        else if (previous is TableBlock)
        {
            // A body must end in a paragraph; Word adds one anyway and would report the file as changed.
            yield return DocxParagraphs.BlankLine();
        }
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>
    /// Lets Word substitute the Windows faces (仿宋, 楷体) when the _GB2312 fonts are missing;
    /// charset 86 is GB2312.
    /// </summary>
    private static Fonts FontTable()
    {
        static Font Entry(string name, string? alt, string charset, FontFamilyValues family) => new()
        {
            Name = name,
            AltName = alt is null ? null : new AltName { Val = alt },
            FontCharSet = new FontCharSet { Val = charset },
            FontFamily = new FontFamily { Val = family },
            Pitch = new Pitch { Val = FontPitchValues.Variable },
        };
        return new Fonts(
            Entry(GbLayout.Latin, null, "00", FontFamilyValues.Roman),
            Entry(GbLayout.FangSong, "仿宋", "86", FontFamilyValues.Modern),
            Entry(GbLayout.Kai, "楷体", "86", FontFamilyValues.Modern),
            Entry(GbLayout.Hei, "SimHei", "86", FontFamilyValues.Modern),
            Entry(GbLayout.Song, "SimSun", "86", FontFamilyValues.Auto),
            Entry(GbLayout.XiaoBiaoSong, "方正小标宋_GBK", "86", FontFamilyValues.Script));
    }

    /// <summary>Only the title: no author, no dates, so two runs give the same bytes.</summary>
    private static void WriteCoreProperties(WordprocessingDocument word, string title)
    {
        var clean = XmlText.Clean(title).Replace('\n', ' ').Trim();
        if (clean.Length == 0)
        {
            return;
        }
        var part = word.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", CorePropertiesId);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteElementString("dc", "title", dc, clean);
        xml.WriteElementString("dc", "language", dc, "zh-CN");
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
