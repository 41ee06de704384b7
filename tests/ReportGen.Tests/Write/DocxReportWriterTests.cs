using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Write;

namespace ReportGen.Tests.Write;

public sealed class DocxReportWriterTests
{
    private static MemoryStream WriteSample()
    {
        var stream = new MemoryStream();
        new DocxReportWriter().Write(SampleReport.Build(), stream);
        stream.Position = 0;
        return stream;
    }

    private static T Open<T>(Func<WordprocessingDocument, T> read)
    {
        using var stream = WriteSample();
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    [Fact]
    public void Package_passes_the_Office_2019_validator()
    {
        using var stream = WriteSample();
        DocxAssert.Valid(stream);
    }

    [Fact]
    public void Section_is_A4_with_GB_margins_and_a_579_line_grid()
    {
        Open(doc =>
        {
            var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal(11906U, size.Width!.Value);
            Assert.Equal(16838U, size.Height!.Value);
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal(2098, margin.Top!.Value);
            Assert.Equal(1984, margin.Bottom!.Value);
            Assert.Equal(1587U, margin.Left!.Value);
            Assert.Equal(1474U, margin.Right!.Value);
            Assert.Equal(851U, margin.Header!.Value);
            Assert.Equal(1418U, margin.Footer!.Value);
            var grid = section.GetFirstChild<DocGrid>()!;
            Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
            Assert.Equal(579, grid.LinePitch!.Value);
            Assert.Null(grid.CharacterSpace);
            return 0;
        });
    }

    [Fact]
    public void Odd_and_even_footers_carry_a_PAGE_field_between_em_dashes()
    {
        Open(doc =>
        {
            var main = doc.MainDocumentPart!;
            Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
            var references = main.Document!.Body!.Elements<SectionProperties>().Single().Elements<FooterReference>().ToList();
            Assert.Equal(2, references.Count);

            foreach (var reference in references)
            {
                var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
                var paragraph = footer.Elements<Paragraph>().Single();
                Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
                Assert.Equal(3, paragraph.Descendants<FieldChar>().Count());
                Assert.StartsWith("— ", paragraph.InnerText);
                Assert.EndsWith(" —", paragraph.InnerText);
                var properties = paragraph.ParagraphProperties!;
                Assert.Equal("Footer", properties.ParagraphStyleId!.Val!.Value);
                if (reference.Type!.Value == HeaderFooterValues.Default)
                {
                    Assert.Equal(JustificationValues.Right, properties.Justification!.Val!.Value);
                    Assert.Equal("280", properties.Indentation!.Right!.Value);
                }
                else
                {
                    Assert.Equal(HeaderFooterValues.Even, reference.Type!.Value);
                    Assert.Equal(JustificationValues.Left, properties.Justification!.Val!.Value);
                    Assert.Equal("280", properties.Indentation!.Left!.Value);
                }
            }

            var footerStyle = Style(doc, "Footer");
            Assert.False(footerStyle.StyleParagraphProperties!.SnapToGrid!.Val!.Value);
            Assert.Equal("28", footerStyle.StyleRunProperties!.FontSize!.Val!.Value);
            Assert.Equal("宋体", footerStyle.StyleRunProperties.RunFonts!.EastAsia!.Value);
            return 0;
        });
    }

    [Fact]
    public void Merges_become_gridSpan_and_vMerge_in_the_right_cells()
    {
        Open(doc =>
        {
            var rows = Tables(doc)[0].Elements<TableRow>().ToList();
            Assert.Equal(5, rows.Count);
            var header0 = rows[0].Elements<TableCell>().ToList();
            Assert.Equal(2, header0.Count);
            Assert.Equal(MergedCellValues.Restart, header0[0].TableCellProperties!.VerticalMerge!.Val!.Value);
            Assert.Equal(3, header0[1].TableCellProperties!.GridSpan!.Val!.Value);
            Assert.Null(header0[1].TableCellProperties!.VerticalMerge);

            var header1 = rows[1].Elements<TableCell>().ToList();
            Assert.Equal(4, header1.Count);
            AssertContinue(header1[0]);
            Assert.All(header1, c => Assert.Null(c.TableCellProperties!.GridSpan));

            Assert.Equal(MergedCellValues.Restart, rows[2].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
            var continued = rows[3].Elements<TableCell>().First();
            AssertContinue(continued);
            Assert.Equal("", continued.InnerText);
            Assert.Null(rows[4].Elements<TableCell>().First().TableCellProperties!.VerticalMerge);

            // The spanning cell is as wide as the three grid columns it covers.
            var grid = Tables(doc)[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
            Assert.Equal(grid[1] + grid[2] + grid[3], int.Parse(header0[1].TableCellProperties!.TableCellWidth!.Width!.Value!));
            return 0;
        });

        static void AssertContinue(TableCell cell)
        {
            var merge = cell.TableCellProperties!.VerticalMerge!;
            Assert.True(merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
        }
    }

    [Fact]
    public void Tables_fill_the_text_block_repeat_headers_and_never_split_rows()
    {
        Open(doc =>
        {
            var tables = Tables(doc);
            Assert.Equal(2, tables.Count);
            foreach (var table in tables)
            {
                var properties = table.GetFirstChild<TableProperties>()!;
                Assert.Equal("8845", properties.TableWidth!.Width!.Value);
                Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
                Assert.Equal(TableRowAlignmentValues.Center, properties.TableJustification!.Val!.Value);
                var borders = properties.TableBorders!;
                Assert.All(borders.ChildElements.Cast<BorderType>(), b =>
                {
                    Assert.Equal(BorderValues.Single, b.Val!.Value);
                    Assert.Equal(4U, b.Size!.Value);
                });
                Assert.Equal(6, borders.ChildElements.Count);
                Assert.Equal(8845, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)));
                Assert.All(table.Elements<TableRow>(), r =>
                {
                    Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>());
                    var height = r.TableRowProperties.GetFirstChild<TableRowHeight>()!;
                    Assert.Equal(397U, height.Val!.Value);
                    Assert.Equal(HeightRuleValues.AtLeast, height.HeightType!.Value);
                    Assert.All(r.Elements<TableCell>(), c =>
                        Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
                });
            }

            var headerFlags = tables[0].Elements<TableRow>().Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null).ToList();
            Assert.Equal([true, true, false, false, false], headerFlags);
            var smallFlags = tables[1].Elements<TableRow>().Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null).ToList();
            Assert.Equal([true, false], smallFlags);
            return 0;
        });
    }

    [Fact]
    public void Small_table_uses_xiaowu_text_and_narrow_cell_margins()
    {
        Open(doc =>
        {
            var small = Tables(doc)[1];
            var margins = small.GetFirstChild<TableProperties>()!.TableCellMarginDefault!;
            Assert.Equal((short)28, margins.TableCellLeftMargin!.Width!.Value);
            Assert.Equal((short)28, margins.TableCellRightMargin!.Width!.Value);
            Assert.All(small.Descendants<Paragraph>(), p => Assert.Equal("TableTextSmall", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
            Assert.Equal("18", Style(doc, "TableTextSmall").StyleRunProperties!.FontSize!.Val!.Value);

            var normal = Tables(doc)[0];
            Assert.All(normal.Descendants<Paragraph>(), p => Assert.Equal("TableText", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
            var tableText = Style(doc, "TableText");
            Assert.Equal("21", tableText.StyleRunProperties!.FontSize!.Val!.Value);
            Assert.False(tableText.StyleParagraphProperties!.SnapToGrid!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void Every_style_names_its_East_Asian_font_and_28_characters_come_from_a_98_percent_width()
    {
        Open(doc =>
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            Assert.All(styles.Elements<Style>(), s => Assert.False(string.IsNullOrEmpty(s.StyleRunProperties?.RunFonts?.EastAsia?.Value), s.StyleId));

            var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
            Assert.Equal("Times New Roman", defaults.RunFonts.Ascii!.Value);
            Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
            Assert.Equal("32", defaults.FontSize!.Val!.Value);
            // No negative character spacing: LibreOffice drops a line-end mark it hangs when there is.
            Assert.Null(defaults.Spacing);
            Assert.Equal(98, defaults.CharacterScale!.Val!.Value);
            var line = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
            Assert.Equal("579", line.Line!.Value);
            Assert.Equal(LineSpacingRuleValues.Exact, line.LineRule!.Value);

            Assert.Equal("方正小标宋简体", Style(doc, "Title").StyleRunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("方正小标宋简体", Style(doc, "Title").StyleRunProperties!.RunFonts!.Ascii!.Value); // title digits too
            Assert.Equal(100, Style(doc, "Title").StyleRunProperties!.CharacterScale!.Val!.Value);
            Assert.Equal("44", Style(doc, "Title").StyleRunProperties!.FontSize!.Val!.Value);
            Assert.Equal("700", Style(doc, "Title").StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
            Assert.False(Style(doc, "Title").StyleParagraphProperties!.SnapToGrid!.Val!.Value);
            Assert.Equal("黑体", Style(doc, "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("楷体_GB2312", Style(doc, "Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
            Assert.NotNull(Style(doc, "Heading3").StyleRunProperties!.Bold);
            foreach (var (id, level) in new[] { ("Heading1", 0), ("Heading2", 1), ("Heading3", 2), ("Heading4", 3) })
            {
                var heading = Style(doc, id).StyleParagraphProperties!;
                Assert.NotNull(heading.KeepNext);
                Assert.Equal(level, heading.OutlineLevel!.Val!.Value);
            }
            var body = Style(doc, "BodyText").StyleParagraphProperties!;
            Assert.Equal(200, body.Indentation!.FirstLineChars!.Value);
            Assert.Equal("640", body.Indentation.FirstLine!.Value);
            Assert.Equal(JustificationValues.Both, body.Justification!.Val!.Value);
            Assert.True(body.WidowControl!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void Run_in_heading_keeps_its_face_inside_a_body_paragraph()
    {
        Open(doc =>
        {
            var paragraph = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .First(p => p.InnerText.StartsWith("（一）健全制度流程", StringComparison.Ordinal));
            Assert.Equal("BodyText", paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            var runs = paragraph.Elements<Run>().ToList();
            Assert.Equal("RunInHeading2", runs[0].RunProperties!.RunStyle!.Val!.Value);
            Assert.Null(runs[1].RunProperties);
            return 0;
        });
    }

    [Fact]
    public void Signature_follows_the_unsealed_rule_of_GB_9704()
    {
        Open(doc =>
        {
            var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
            var agency = paragraphs[^2];
            var date = paragraphs[^1];
            Assert.Equal("", paragraphs[^3].InnerText);
            Assert.Equal(SampleReport.Agency, agency.InnerText);
            Assert.Equal(SampleReport.Date, date.InnerText);
            // The date (6.5 字) is longer than the agency (6 字): date 2 字 in, agency 4.5 字.
            Assert.Equal("1440", agency.ParagraphProperties!.Indentation!.Right!.Value);
            Assert.Equal("640", date.ParagraphProperties!.Indentation!.Right!.Value);
            Assert.Equal(JustificationValues.Right, date.ParagraphProperties.Justification!.Val!.Value);
            Assert.False(date.ParagraphProperties.AutoSpaceDN!.Val!.Value);
            return 0;
        });
    }

    [Theory]
    [InlineData("示例市示例局", "2025年1月20日", 9, 4)]
    [InlineData("示例市人民政府办公室", "2025年1月20日", 4, 7)]
    [InlineData("示例县人民政府", "2025年1月2日", 6, 4)]
    public void Signature_indents_count_digits_as_half_a_character(string agency, string date, int agencyHalves, int dateHalves)
    {
        var (a, d) = DocxParagraphs.SignatureIndents(new Model.SignatureBlock(agency, date));
        Assert.Equal((agencyHalves, dateHalves), (a, d));
    }

    [Fact]
    public void Same_document_gives_identical_bytes()
    {
        using var first = WriteSample();
        using var second = WriteSample();
        Assert.Equal(Entry(first, "word/document.xml"), Entry(second, "word/document.xml"));
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Control_characters_are_stripped()
    {
        using var stream = WriteSample();
        var xml = System.Text.Encoding.UTF8.GetString(Entry(stream, "word/document.xml"));
        Assert.DoesNotContain('\u0001', xml);
        Assert.DoesNotContain('\u000B', xml);
        Assert.DoesNotContain('\uFFFE', xml);
        Assert.Contains(SampleReport.CleanText, xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_line_follows_the_title_and_the_title_is_not_repeated()
    {
        Open(doc =>
        {
            var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
            Assert.Single(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title");
            Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal("", paragraphs[1].InnerText);
            Assert.Equal("示例市示例局2024年政府信息公开工作年度报告", doc.PackageProperties.Title);
            return 0;
        });
    }

    [Fact]
    public void Without_a_Title_block_the_document_title_is_set_as_the_title_and_tables_are_kept_apart()
    {
        var document = new Model.ReportDocument(
            "示例县2024年政府信息公开工作年度报告",
            [SampleReport.MergedTable(), SampleReport.SmallTable()],
            null);
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        DocxAssert.Valid(stream);

        using var doc = WordprocessingDocument.Open(stream, false);
        var children = doc.MainDocumentPart!.Document!.Body!.ChildElements.ToList();
        var title = Assert.IsType<Paragraph>(children[0]);
        Assert.Equal("Title", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("示例县2024年政府信息公开工作年度报告", title.InnerText);
        Assert.IsType<Paragraph>(children[1]);
        Assert.IsType<Table>(children[2]);
        Assert.IsType<Paragraph>(children[3]);
        Assert.IsType<Table>(children[4]);
        // A body ends in a paragraph, not a table.
        Assert.IsType<Paragraph>(children[5]);
        Assert.IsType<SectionProperties>(children[6]);
    }

    [Fact]
    public void A_row_that_does_not_fill_the_grid_is_rejected()
    {
        var table = SampleReport.MergedTable() with { Rows = [[new Model.GridCell("只有一格")]], HeaderRows = 0 };
        var document = new Model.ReportDocument("标题", [table], null);
        var error = Assert.Throws<ArgumentException>(() => new DocxReportWriter().Write(document, Stream.Null));
        Assert.Contains("第 1 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_table_is_found_before_a_byte_is_written()
    {
        var table = SampleReport.MergedTable() with { Rows = [[new Model.GridCell("只有一格")]], HeaderRows = 0 };
        var document = new Model.ReportDocument("标题", [SampleReport.SmallTable(), table], null);
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => new DocxReportWriter().Write(document, stream));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Every_part_is_declared_and_linked_and_nothing_else_is_stored()
    {
        using var stream = WriteSample();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var stored = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();

        var types = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(Entry(stream, "[Content_Types].xml")));
        var declared = types.Root!.Elements().Where(e => e.Name.LocalName == "Override")
            .Select(e => e.Attribute("PartName")!.Value.TrimStart('/')).ToList();
        string[] relationships = ["_rels/.rels", "word/_rels/document.xml.rels"];
        var linked = relationships
            .SelectMany(rels => System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(Entry(stream, rels))).Root!.Elements())
            .Select(e => e.Attribute("Target")!.Value.TrimStart('/')).ToList();

        Assert.Equal(declared.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
        Assert.Equal(declared.Concat(relationships).Append("[Content_Types].xml").Order(StringComparer.Ordinal), stored);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Theory]
    [InlineData("\u3000\u3000全角空格开头", true)]
    [InlineData("结尾有空格 ", true)]
    [InlineData("全角标点结尾。", false)]
    public void Leading_or_trailing_white_space_is_preserved_ideographic_space_included(string text, bool preserved)
    {
        var document = new Model.ReportDocument("标题", [Model.ParagraphBlock.Of(Model.ParagraphRole.Body, text)], null);
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        using var doc = WordprocessingDocument.Open(stream, false);
        var t = doc.MainDocumentPart!.Document!.Body!.Descendants<Text>().Single(t => t.Text == text);
        Assert.Equal(preserved, t.Space?.Value == DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve);
    }

    [Fact]
    public void Column_weights_scale_to_exactly_the_text_width()
    {
        var widths = DocxTables.ScaleWidths([3, 3, 3], 8845);
        Assert.Equal(8845, widths.Sum());
        Assert.Equal([2949, 2948, 2948], widths.ToArray());
    }

    private static List<Table> Tables(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

    private static Style Style(WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    private static byte[] Entry(Stream package, string name)
    {
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        package.Position = 0;
        return copy.ToArray();
    }
}
