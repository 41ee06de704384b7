using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Model;
using ReportGen.Write;
using Model = ReportGen.Model;

namespace ReportGen.Tests.Write;

/// <summary>
/// The flags that decide where Word and LibreOffice may break a page, and the sizes that keep a figure
/// on one line: the XML side of what Render/LibreOfficeRenderTests measures on the PDF.
/// </summary>
public sealed class DocxPaginationTests
{
    private static Body Write(params DocumentBlock[] blocks) => Write(new ReportDocument("", [.. blocks], null));

    private static Body Write(ReportDocument document)
    {
        var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        stream.Position = 0;
        using var doc = WordprocessingDocument.Open(stream, false);
        return (Body)doc.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    private static ImmutableArray<GridCell> Row(string label, params string[] figures) =>
        [new GridCell(label), .. figures.Select(f => new GridCell(f, IsFigure: true))];

    private static bool KeepsWithNext(TableRow row) =>
        row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);

    [Fact]
    public void A_table_that_fits_a_page_is_kept_whole()
    {
        var table = new TableBlock("t", [1, 1], 0, [Row("a", "1"), Row("b", "2"), Row("c", "3")], TableTextSize.Normal, [2]);
        var rows = Write(table).Descendants<TableRow>().ToList();
        Assert.Equal([true, true, false], rows.Select(KeepsWithNext));
    }

    [Fact]
    public void A_table_longer_than_a_page_breaks_only_where_a_block_starts()
    {
        // 60 rows of 7 mm are 420 mm: two pages at least. Blocks of three rows.
        var rows = Enumerable.Range(0, 60).Select(i => Row($"第{i}行", "1")).ToImmutableArray();
        var starts = Enumerable.Range(1, 19).Select(b => b * 3).ToImmutableArray();
        var written = Write(new TableBlock("t", [1, 1], 0, rows, TableTextSize.Normal, starts)).Descendants<TableRow>().ToList();
        for (var r = 0; r < 59; r++)
        {
            Assert.Equal(!starts.Contains(r + 1), KeepsWithNext(written[r]));
        }
        Assert.False(KeepsWithNext(written[59]));
    }

    [Theory]
    [InlineData("12345", null)]          // five digits fit 表四's column at 小五
    [InlineData("123456", "15")]         // six step down to 六号
    [InlineData("1234567", "15")]        // and seven
    [InlineData("123456789012", "11")]   // far past any real count: 七号, narrower glyphs
    public void A_figure_in_a_narrow_column_steps_down_until_the_widest_fits_its_cell(string widest, string? halfPoints)
    {
        const TableTextSize size = TableTextSize.Small;
        var figures = Enumerable.Repeat("0", 14).Prepend(widest).ToArray();
        var table = new TableBlock("reviews", [.. Enumerable.Repeat(1, 15)], 0, [[.. figures.Select(f => new GridCell(f, IsFigure: true))]], size, []);
        var runs = Write(table).Descendants<Run>().ToList();
        Assert.Equal(15, runs.Count);
        // Every figure of the table the same size: a column does not change from row to row.
        Assert.All(runs, r => Assert.Equal(halfPoints, r.RunProperties?.FontSize?.Val?.Value));
        if (widest.Length > 7)
        {
            Assert.All(runs, r => Assert.InRange(r.RunProperties!.CharacterScale!.Val!.Value, 50, 99));
        }
    }

    [Fact]
    public void The_last_paragraph_and_the_spacer_travel_with_the_signature()
    {
        var body = Write(new ReportDocument("", [ParagraphBlock.Of(ParagraphRole.Body, "第一段。"), ParagraphBlock.Of(ParagraphRole.Body, "最后一段。")],
            new SignatureBlock("示例局", "2024年1月20日")));
        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Null(paragraphs[0].ParagraphProperties!.KeepNext);
        Assert.Equal([true, true, true, false], paragraphs.Skip(1).Select(p => p.ParagraphProperties!.KeepNext is not null));
    }

    [Fact]
    public void A_long_last_paragraph_keeps_its_last_sentences_with_the_signature_and_reads_back_as_one()
    {
        // Eight lines: LibreOffice would move it whole, or leave the 落款 alone when both do not fit a page.
        var sentences = Enumerable.Range(1, 8).Select(i => $"第{i}句把公开工作做深做实，持续提升政务公开质量和实效。").ToList();
        var last = string.Concat(sentences);
        var document = new ReportDocument("", [ParagraphBlock.Of(ParagraphRole.Body, "第一段。"),
            new Model.ParagraphBlock(ParagraphRole.Body, [new Model.TextRun("（三）小标题。", Model.RunStyle.Heading2), new Model.TextRun(last)])],
            new SignatureBlock("示例局", "2024年1月20日"));
        var paragraphs = Write(document).Elements<Paragraph>().ToList();

        // The body, its mark hidden (Word and WPS join it with the next) and free to break; the last
        // sentences (two lines at least) kept with the 落款; the text is the user's, in order.
        var (body, tail) = (paragraphs[1], paragraphs[2]);
        Assert.NotNull(body.ParagraphProperties!.GetFirstChild<ParagraphMarkRunProperties>()!.GetFirstChild<Vanish>());
        Assert.Null(body.ParagraphProperties.KeepNext);
        Assert.NotNull(tail.ParagraphProperties!.KeepNext);
        Assert.Null(tail.ParagraphProperties.GetFirstChild<ParagraphMarkRunProperties>());
        Assert.Equal("（三）小标题。" + last, body.InnerText + tail.InnerText);
        Assert.Equal(sentences[^1], tail.InnerText); // 53 half 字 and the indent: more than a line
        Assert.Equal([true, true, false], paragraphs.Skip(3).Select(p => p.ParagraphProperties!.KeepNext is not null));

        // Imported, the report has the paragraph it was given.
        var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        var read = new ReportGen.Import.DocxReader().Read("r.docx", stream.ToArray());
        Assert.Empty(read.Diagnostics);
        var texts = read.Value!.Blocks.OfType<ReportGen.Import.SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("（三）小标题。" + last, texts);
        Assert.Equal(5, texts.Count); // 第一段, the last paragraph, the spacer, agency and date
    }

    [Theory]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 94)] // 27 字 + indent: "况" would stand alone
    [InlineData("一、总体情况", 100)]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", 100)]
    public void A_heading_that_would_leave_one_or_two_characters_on_a_line_is_set_narrower(string heading, int scale) =>
        Assert.Equal(scale, DocxParagraphs.HeadingScale(ParagraphBlock.Of(ParagraphRole.Heading1, heading)));

    [Fact]
    public void A_nested_list_item_stands_two_characters_further_in()
    {
        var body = Write(new Model.ParagraphBlock(ParagraphRole.Body, [new TextRun("①细化目录。")], 2));
        var indent = body.Elements<Paragraph>().Single().ParagraphProperties!.Indentation!;
        Assert.Equal("640", indent.Left!.Value);
        Assert.Equal("640", indent.FirstLine!.Value);
    }
}
