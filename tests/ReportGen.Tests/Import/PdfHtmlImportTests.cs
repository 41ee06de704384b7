using System.Text;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ReportGen.Tests.Import;

/// <summary>The PDF and HTML front ends on inputs made here: what they refuse and what they leave out.</summary>
public class PdfHtmlImportTests
{
    private static ImportOutcome Import(string name, byte[] content) => new PublishedReportImporter().Import(name, content);

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_without_a_figure()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(100, 100), 300, 400);

        var outcome = Import("scan.pdf", builder.Build());

        Assert.Null(outcome.Report);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(RuleCatalog.ImportUnsupported, d.Rule);
        Assert.Contains("这是扫描件，没有文字层", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_pdf_is_refused_as_unreadable()
    {
        var outcome = Import("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage"));

        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnsupported && d.Message.Contains("无法作为 PDF 读取", StringComparison.Ordinal));
    }

    private const string Page = """
        <!doctype html><html><head><title>某某局2023年政府信息公开工作年度报告</title><script>var x = "一、总体情况";</script></head>
        <body>
        <div class="nav"><a href="/">首页</a> 政务公开 一、总体情况</div>
        <table><tr><td>索引号</td><td>000/2024-1</td></tr></table>
        <div class="article">
        <h1>某某局2023年政府信息公开工作年度报告</h1>
        <p>一、总体情况</p><p>本局依法公开。</p>
        <p>二、主动公开政府信息情况</p>
        <table border="1">
        <tr><td colspan="4">第二十条第（五）项</td></tr>
        <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
        <tr><td>行政许可</td><td colspan="3">387</td></tr>
        <tr><td rowspan="2">行政处罚</td><td colspan="3">51</td></tr>
        </table>
        <p>六、其他需要报告的事项</p><p>无。</p>
        </div>
        <div id="footer">主办单位：某某局 版权所有 ICP备12345号</div>
        </body></html>
        """;

    [Fact]
    public void An_html_page_is_read_as_its_article_without_the_site_chrome()
    {
        var outcome = Import("page.html", Encoding.UTF8.GetBytes(Page));

        Assert.NotNull(outcome.Report);
        Assert.Equal("某某局", outcome.Report.Metadata.Agency);
        Assert.Equal(2023, outcome.Report.Metadata.Year);
        Assert.Equal(387m, outcome.Report.Active["licensing", "decisions"]);
        Assert.Equal(51m, outcome.Report.Active["penalty", "decisions"]);
        var other = outcome.Report.Narratives.Values.Single(n => n.Text.Contains("无。", StringComparison.Ordinal));
        Assert.DoesNotContain("版权所有", other.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Message.Contains("索引号", StringComparison.Ordinal) || d.Message.Contains("首页", StringComparison.Ordinal));
    }
}
