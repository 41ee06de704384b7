using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using ReportGen.Model;
using ReportGen.Write;

namespace ReportGen.Tests.Write;

/// <summary>The HTML page without a browser: what the HTML5 parser says, escaping, self-containment, the table grid.</summary>
public class HtmlReportWriterTests
{
    private static string Page(ReportDocument document)
    {
        using var buffer = new MemoryStream();
        new HtmlReportWriter().Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static (AngleSharp.Html.Dom.IHtmlDocument Dom, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        return (parser.ParseDocument(html), errors);
    }

    [Fact]
    public void The_page_of_the_sample_parses_without_an_HTML5_parse_error_and_loads_nothing_from_outside()
    {
        var html = Page(SampleDocument());

        var (dom, errors) = Parse(html);

        Assert.Empty(errors);
        Assert.Equal("zh-CN", dom.DocumentElement.GetAttribute("lang"));
        Assert.Empty(dom.QuerySelectorAll("script, link, img, iframe, object, embed, [src], [href]"));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
        Assert.Equal("聊城市文化和旅游局 2023年政府信息公开工作年度报告", dom.Title);
    }

    [Fact]
    public void The_page_has_the_title_headings_paragraphs_and_every_table_with_a_caption()
    {
        var document = SampleDocument();

        var (dom, _) = Parse(Page(document));

        Assert.Equal(["聊城市文化和旅游局2023年政府信息公开工作年度报告"], dom.QuerySelectorAll("h1").Select(h => h.TextContent));
        var headings = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Role == ParagraphRole.Heading1).Select(p => p.Text);
        Assert.Equal(headings, dom.QuerySelectorAll("h2").Select(h => h.TextContent));
        var bodies = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Role == ParagraphRole.Body).Select(p => p.Text);
        Assert.Equal(bodies, dom.QuerySelectorAll("main > p").Select(p => p.TextContent));
        var captions = document.Blocks.OfType<TableBlock>().Select(t => t.Caption).ToList();
        Assert.Equal(["表二（主动公开政府信息情况）", "表三（收到和处理政府信息公开申请情况）", "表四（政府信息公开行政复议、行政诉讼情况）"], captions);
        Assert.Equal(captions, dom.QuerySelectorAll("table > caption").Select(c => c.TextContent));
        Assert.All(dom.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), (string[])["col", "row", "rowgroup"]));
    }

    [Fact]
    public void Every_row_of_every_table_covers_the_whole_grid_once_spans_counted()
    {
        var document = SampleDocument();

        var (dom, _) = Parse(Page(document));

        var tables = dom.QuerySelectorAll("table").Cast<AngleSharp.Html.Dom.IHtmlTableElement>().ToList();
        foreach (var (table, block) in tables.Zip(document.Blocks.OfType<TableBlock>()))
        {
            var width = block.ColumnWeights.Length;
            var taken = new Dictionary<(int Row, int Column), string>();
            var rows = table.Rows.ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var c = 0;
                foreach (var cell in rows[r].Cells)
                {
                    while (taken.ContainsKey((r, c)))
                    {
                        c++;
                    }
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                    {
                        for (var dc = 0; dc < cell.ColumnSpan; dc++)
                        {
                            Assert.True(taken.TryAdd((r + dr, c + dc), cell.TextContent), $"{block.Caption}: two cells at row {r + dr + 1}, column {c + dc + 1}");
                        }
                    }
                    c += cell.ColumnSpan;
                }
            }
            Assert.Equal(rows.Count * width, taken.Count(t => t.Key.Row < rows.Count && t.Key.Column < width));
            Assert.DoesNotContain(taken, t => t.Key.Row >= rows.Count || t.Key.Column >= width);
        }
    }

    [Fact]
    public void Text_is_text_markup_in_it_is_escaped_and_characters_HTML5_forbids_are_dropped()
    {
        var document = new ReportDocument("某局<script>alert(1)</script>&年报",
        [
            ParagraphBlock.Of(ParagraphRole.Body, "数量 < 5 & \"引号\"\u0085\u007F\uFDD0" + SampleReport.DirtyText),
        ], new SignatureBlock("某局<b>", "2025年1月20日"));

        var html = Page(document);
        var (dom, errors) = Parse(html);

        Assert.Empty(errors);
        Assert.Empty(dom.QuerySelectorAll("script, b"));
        Assert.Equal("某局<script>alert(1)</script>&年报", dom.QuerySelector("h1")!.TextContent);
        Assert.Equal("数量 < 5 & \"引号\"" + SampleReport.CleanText, dom.QuerySelector("main > p")!.TextContent);
        Assert.Equal("某局<b>2025年1月20日", dom.QuerySelector("p.signature")!.TextContent);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Assert.Equal(Page(SampleDocument()), Page(SampleDocument()));
    }

    private static ReportDocument SampleDocument()
    {
        var check = ReportGen.Pipeline.FolderChecks.CheckOne(Support.Repo.SampleFolder);
        return new ReportGen.Render.ReportRenderer(ReportGen.Render.EmbeddedTemplateSet.Instance).Render(check.Report!).Value!;
    }
}
