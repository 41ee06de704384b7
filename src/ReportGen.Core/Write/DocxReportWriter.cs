using System.IO.Compression;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a .docx laid out per GB/T 9704-2012. The body streams
/// through the SDK's <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/> straight into the zip entry
/// (see <see cref="WordXmlWriter"/> for why no typed element trees). The output is byte-identical
/// for the same input: fixed relationship ids, no timestamps, fixed entry dates.
/// </summary>
internal sealed class DocxReportWriter
{
    /// <summary>
    /// Styles, settings, font table, footers and the relationships are the same in every report:
    /// written once per process and kept as bytes.
    /// </summary>
    private static readonly Lazy<FixedParts> Fixed = new(FixedParts.Build);

    /// <summary>
    /// The zip is assembled here and handed to the output in one write: ZipArchive seeks back to
    /// patch each entry's header, and on a file every seek flushed a buffer, two system calls per
    /// part. Each thread keeps one buffer; nothing here calls Write recursively.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? packageBuffer;

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // A table that does not add up is a programming error; find it before a byte is written.
        foreach (var table in Blocks(document).OfType<TableBlock>())
        {
            DocxTables.CheckShape(table);
        }

        var package = packageBuffer ??= new MemoryStream(64 * 1024);
        package.SetLength(0);
        WritePackage(document, package);
        package.Position = 0;
        package.CopyTo(output);
    }

    private static void WritePackage(ReportDocument document, Stream output)
    {
        var parts = Fixed.Value;
        var title = XmlText.Clean(document.Title).Replace('\n', ' ').Trim();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        DocxPackage.WriteEntry(zip, "[Content_Types].xml", title.Length > 0 ? parts.ContentTypesWithCore : parts.ContentTypes);
        DocxPackage.WriteEntry(zip, "_rels/.rels", title.Length > 0 ? parts.PackageRelationshipsWithCore : parts.PackageRelationships);
        using (var stream = DocxPackage.OpenEntry(zip, DocxPackage.Main.Path))
        using (var writer = new WordXmlWriter(stream))
        {
            WriteBody(writer, document);
        }
        DocxPackage.WriteEntry(zip, "word/_rels/document.xml.rels", parts.MainRelationships);
        for (var i = 0; i < DocxPackage.MainParts.Length; i++)
        {
            DocxPackage.WriteEntry(zip, DocxPackage.MainParts[i].Path, parts.MainParts[i]);
        }
        if (title.Length > 0)
        {
            DocxPackage.WriteEntry(zip, DocxPackage.Core.Path, DocxPackage.CoreProperties(title));
        }
    }

    private static void WriteBody(WordXmlWriter w, ReportDocument document)
    {
        w.StartRoot(W.Document, relationships: true);
        w.Start(W.Body);
        WriteBlocks(w, document);
        DocxParagraphs.Section(w, DocxPackage.OddFooter.RelationshipId, DocxPackage.EvenFooter.RelationshipId);
        w.End();
        w.End();
    }

    /// <summary>
    /// The blocks in order, plus what the layout needs between them: the title (from
    /// <see cref="ReportDocument.Title"/> if no block has the Title role), one blank line after the
    /// title, a paragraph between adjacent tables (Word would fuse them) and the signature.
    /// </summary>
    private static void WriteBlocks(WordXmlWriter w, ReportDocument document)
    {
        var blocks = Blocks(document);
        var hasTitleBlock = blocks.Any(b => b is ParagraphBlock { Role: ParagraphRole.Title });
        var afterTitle = false;
        if (!hasTitleBlock && !string.IsNullOrWhiteSpace(document.Title))
        {
            DocxParagraphs.Role(w, ParagraphBlock.Of(ParagraphRole.Title, document.Title));
            afterTitle = true;
        }

        DocumentBlock? previous = null;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var isTitle = block is ParagraphBlock { Role: ParagraphRole.Title };
            if (afterTitle && !isTitle)
            {
                DocxParagraphs.BlankLine(w);
            }
            afterTitle = isTitle;

            if (block is TableBlock && previous is TableBlock)
            {
                DocxParagraphs.BlankLine(w);
            }
            switch (block)
            {
                case ParagraphBlock paragraph when i == blocks.Length - 1 && document.Signature is not null:
                    if (SignatureTail.Split(paragraph) is var (body, tail))
                    {
                        DocxParagraphs.Role(w, body, hiddenMark: true);
                        DocxParagraphs.Role(w, tail, keepNext: true);
                    }
                    else
                    {
                        DocxParagraphs.Role(w, paragraph, keepNext: true);
                    }
                    break;
                case ParagraphBlock paragraph:
                    DocxParagraphs.Role(w, paragraph);
                    break;
                case TableBlock table:
                    DocxTables.Write(w, table);
                    break;
                default:
                    throw new ArgumentException($"未知的文档块类型：{block.GetType().Name}", nameof(document));
            }
            previous = block;
        }

        if (document.Signature is { } signature)
        {
            DocxParagraphs.Signature(w, signature);
        }
        else if (previous is TableBlock)
        {
            // A body must end in a paragraph; Word adds one anyway and would report the file as changed.
            DocxParagraphs.BlankLine(w);
        }
    }

    private static System.Collections.Immutable.ImmutableArray<DocumentBlock> Blocks(ReportDocument document) =>
        document.Blocks.IsDefault ? [] : document.Blocks;

    private sealed record FixedParts(
        byte[] ContentTypes,
        byte[] ContentTypesWithCore,
        byte[] PackageRelationships,
        byte[] PackageRelationshipsWithCore,
        byte[] MainRelationships,
        byte[][] MainParts)
    {
        public static FixedParts Build() => new(
            DocxPackage.ContentTypes(withCore: false),
            DocxPackage.ContentTypes(withCore: true),
            DocxPackage.Relationships([DocxPackage.Main]),
            DocxPackage.Relationships([DocxPackage.Main, DocxPackage.Core]),
            DocxPackage.Relationships(DocxPackage.MainParts),
            [.. DocxPackage.MainParts.Select(Content)]);

        private static byte[] Content(DocxPart part) =>
            part == DocxPackage.Styles ? DocxPackage.Word(DocxStyles.Write)
            : part == DocxPackage.Settings ? DocxPackage.Word(Settings)
            : part == DocxPackage.FontTable ? DocxPackage.Word(FontTable)
            : part == DocxPackage.OddFooter ? DocxPackage.Word(w => DocxParagraphs.PageNumberFooter(w, odd: true))
            : part == DocxPackage.EvenFooter ? DocxPackage.Word(w => DocxParagraphs.PageNumberFooter(w, odd: false))
            : throw new ArgumentOutOfRangeException(nameof(part), part.Path, null);
    }

    private static void Settings(WordXmlWriter w)
    {
        w.StartRoot(W.Settings);
        w.Value(W.DefaultTabStop, 420);
        w.Empty(W.EvenAndOddHeaders);
        w.Value(W.CharacterSpacingControl, "compressPunctuation");
        w.Start(W.Compat);
        w.Empty(W.CompatSetting, ("name", "compatibilityMode"), ("uri", "http://schemas.microsoft.com/office/word"), ("val", "15"));
        w.End();
        w.End();
    }

    /// <summary>
    /// Lets Word substitute the Windows faces (仿宋, 楷体) when the _GB2312 fonts are missing;
    /// charset 86 is GB2312.
    /// </summary>
    private static void FontTable(WordXmlWriter w)
    {
        static void Entry(WordXmlWriter w, string name, string? alt, string charset, string family)
        {
            w.Start(W.Font, ("name", name));
            if (alt is not null)
            {
                w.Value(W.AltName, alt);
            }
            w.Value(W.Charset, charset);
            w.Value(W.Family, family);
            w.Value(W.Pitch, "variable");
            w.End();
        }
        w.StartRoot(W.Fonts);
        Entry(w, GbLayout.Latin, null, "00", "roman");
        Entry(w, GbLayout.FangSong, "仿宋", "86", "modern");
        Entry(w, GbLayout.Kai, "楷体", "86", "modern");
        Entry(w, GbLayout.Hei, "SimHei", "86", "modern");
        Entry(w, GbLayout.Song, "SimSun", "86", "auto");
        Entry(w, GbLayout.XiaoBiaoSong, "方正小标宋_GBK", "86", "script");
        w.End();
    }
}
