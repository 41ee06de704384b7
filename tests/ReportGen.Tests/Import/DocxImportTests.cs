using System.IO.Compression;
using System.Text;
using ReportGen.Format;
using ReportGen.Import;

namespace ReportGen.Tests.Import;

/// <summary>A .docx built by hand (ZipArchive + document.xml) with merged header cells lands figure by figure.</summary>
public class DocxImportTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static string Tc(string text, int span = 1, string? vMerge = null)
    {
        var props = (span > 1 ? $"<w:gridSpan w:val=\"{span}\"/>" : string.Empty)
            + (vMerge switch { null => string.Empty, "continue" => "<w:vMerge/>", _ => $"<w:vMerge w:val=\"{vMerge}\"/>" });
        return $"<w:tc><w:tcPr>{props}</w:tcPr>{(text.Length == 0 ? "<w:p/>" : P(text))}</w:tc>";
    }

    private static string Tr(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    private static string Table(params string[] rows) => $"<w:tbl><w:tblPr/>{string.Concat(rows)}</w:tbl>";

    private static readonly string[] Results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static string ReviewsTable(IReadOnlyList<int> figures) => Table(
        Tr(Tc("行政复议", 5), Tc("行政诉讼", 10)),
        Tr([.. Results.Select(r => Tc(r, vMerge: "restart")), Tc("未经复议直接起诉", 5), Tc("复议后起诉", 5)]),
        Tr([.. Results.Select(_ => Tc(string.Empty, vMerge: "continue")), .. Results.Select(r => Tc(r)), .. Results.Select(r => Tc(r))]),
        Tr([.. figures.Select(f => Tc(f.ToString(System.Globalization.CultureInfo.InvariantCulture)))]));

    private static string ActiveTable() => Table(
        Tr(Tc("第二十条第（五）项", 4)),
        Tr(Tc("信息内容"), Tc("本年处理决定数量", 3)),
        Tr(Tc("行政许可"), Tc("387", 3)),
        Tr(Tc("第二十条第（六）项", 4)),
        Tr(Tc("信息内容"), Tc("本年处理决定数量", 3)),
        Tr(Tc("行政处罚"), Tc("51", 3)),
        Tr(Tc("行政强制"), Tc("/", 3)));

    private static byte[] Docx(string body)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr/></w:body></w:document>";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("word/document.xml", xml);
        }
        return buffer.ToArray();
    }

    private static readonly int[] Figures = [1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 0, 0, 1, 10];

    private static ImportOutcome ImportSample() => new PublishedReportImporter().Import("report.docx", Docx(
        P("某某市某某局2023年政府信息公开工作年度报告")
        + P("本报告依据条例编制。")
        + P("一、总体情况") + P("总体情况的文字。")
        + P("二、主动公开政府信息情况") + ActiveTable()
        + P("四、政府信息公开行政复议、行政诉讼情况") + P("本年度复议诉讼情况如下。") + ReviewsTable(Figures)));

    [Fact]
    public void Reviews_figures_land_in_their_cells_through_gridSpan_and_vMerge()
    {
        var reviews = ImportSample().Report!.Reviews;
        var cells = StatutoryFormat.Reviews.Cells.ToList();

        for (var i = 0; i < cells.Count; i++)
        {
            Assert.True(Figures[i] == reviews.Cell(cells[i])?.Value, $"{StatutoryFormat.Reviews.CellColumnLabel(cells[i])}: {reviews.Cell(cells[i])?.Value}");
        }
        Assert.Equal(26m, reviews["direct_suit", "total"]);
        Assert.Equal(1m, reviews["suit_after_review", "pending"]);
    }

    [Fact]
    public void A_spanned_figure_is_one_figure_and_the_docx_metadata_and_narratives_are_read()
    {
        var outcome = ImportSample();
        var report = outcome.Report!;

        Assert.Equal(387m, report.Active["licensing", "decisions"]);
        Assert.Equal(51m, report.Active["penalty", "decisions"]);
        Assert.Equal(0m, report.Active["enforcement", "decisions"]);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnplaced);
        Assert.Equal("某某市某某局", report.Metadata.Agency);
        Assert.Equal(2023, report.Metadata.Year);
        Assert.Equal("本报告依据条例编制。", report.Metadata.Opening);
        Assert.Contains("本年度复议诉讼情况如下。", report.Narratives["reviews"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_findings_point_at_paragraph_numbers()
    {
        var outcome = ImportSample();

        var placeholder = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.Placeholder);
        Assert.Contains("第 ", placeholder.Message, StringComparison.Ordinal);
        Assert.Contains(" 段", placeholder.Message, StringComparison.Ordinal);
        Assert.True(placeholder.Location!.Line > 6);
        // 表三 and the sections 三、五、六 are missing from this small document: reported, not invented.
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingData && d.Table == StatutoryFormat.Applications.DisplayName);
        Assert.Empty(outcome.Report!.Applications.Figures());
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
        }
        var outcome = new PublishedReportImporter().Import("book.xlsx", buffer.ToArray());

        Assert.Null(outcome.Report);
        var refused = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnsupported);
        Assert.Equal("book.xlsx 是 Excel 工作簿，不是已发布的年报文档", refused.Message);
        Assert.Contains("tables.xlsx", refused.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_neither_a_document_nor_a_workbook_is_refused_as_not_word()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }
        var outcome = new PublishedReportImporter().Import("photos.zip", buffer.ToArray());

        var refused = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnsupported);
        Assert.Contains("不是 Word（.docx）文档", refused.Message, StringComparison.Ordinal);
        Assert.Contains("另存为 .docx", refused.Hint, StringComparison.Ordinal);
    }
}
