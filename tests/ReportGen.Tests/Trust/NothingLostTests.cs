using System.Globalization;
using System.Text;
using CsCheck;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 class 1: every table, heading and character of narrative reaches the document as written, or `build` refuses naming what would be lost.</summary>
public class NothingLostTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static readonly SampleFiles Signed = Sample.With("report.json",
        Sample["report.json"].Replace("\"year\": 2023,", "\"year\": 2023,\n  \"signature\": { \"agency\": \"聊城市文化和旅游局\", \"date\": \"2024-01-20\" },", StringComparison.Ordinal));

    /// <summary>Characters a person or an import may write, Markdown and Scriban syntax included.</summary>
    private const string Odd = "测试文字。，、；：？！“”‘’（）《》【】—…·０１２３abcXYZ0123456789*_#<>&[]()!`~\\|{}+-=.:;\"'%$@^　 \u00e9\u0301😀𠀀";

    /// <summary>Whole characters (a surrogate pair stays a pair), so the text is always valid.</summary>
    private static readonly string[] OddElements = [.. Enumerable.Range(0, new StringInfo(Odd).LengthInTextElements).Select(i => new StringInfo(Odd).SubstringByTextElements(i, 1))];

    private static Gen<string> OddText(int min, int max, bool spaces = true)
    {
        string[] pool = [.. OddElements.Where(e => spaces || !string.IsNullOrWhiteSpace(e))];
        return Gen.Int[0, pool.Length - 1].Select(i => pool[i]).Array[min, max].Select(string.Concat);
    }

    private static readonly Gen<string> Paragraphs = OddText(0, 400).Array[1, 6].Select(p => string.Join("\n\n", p));

    [Fact]
    public void A_literal_narrative_of_any_characters_reaches_the_document_exactly() =>
        Paragraphs.Sample(text =>
        {
            var document = Render(Sample.With("problems.md", MarkdownText.AsLiteral(text)));

            Assert.Equal(Visible(text), Visible(SectionText(document, 4)));
        }, iter: 60);

    [Fact]
    public void Metadata_of_any_characters_is_text_never_markup() =>
        Gen.Select(OddText(1, 40, spaces: false), OddText(1, 30)).Sample((agencyText, headingText) =>
        {
            var agency = "某局" + agencyText;
            var heading = "五、" + headingText.Trim();
            var json = "{ \"agency\": " + Json(agency) + ", \"year\": 2023, \"headings\": { \"problems\": " + Json(heading) + " } }";

            var document = Render(Sample.With("report.json", json));

            Assert.Equal(agency + "2023年政府信息公开工作年度报告", document.Title);
            Assert.Contains(document.Blocks.OfType<ParagraphBlock>(), b => b.Role == ParagraphRole.Heading1 && b.Text == heading);
        }, iter: 60);

    [Theory]
    [InlineData("公开<b>重点</b>信息。", "公开<b>重点</b>信息。")]
    [InlineData("详见<http://www.gov.cn/zwgk>。", "详见http://www.gov.cn/zwgk。")]
    [InlineData("通过[门户网站](http://www.liaocheng.gov.cn)公开。", "通过门户网站（http://www.liaocheng.gov.cn）公开。")]
    [InlineData("见[http://a.gov.cn](http://a.gov.cn)。", "见http://a.gov.cn。")]
    public void Markdown_prose_keeps_tags_and_link_addresses(string markdown, string expected)
    {
        var document = Render(Sample.With("problems.md", markdown + "\n"));

        Assert.Equal(expected, SectionText(document, 4));
    }

    [Theory]
    [InlineData(21_000)]
    [InlineData(60_000)]
    public void A_long_narrative_arrives_whole_and_nothing_after_it_is_lost(int sentences)
    {
        var text = string.Concat(Enumerable.Repeat("测试文字。", sentences));

        var document = Render(Signed.With("problems.md", text + "\n"));

        Assert.Equal(text, SectionText(document, 4));
        Assert.NotEmpty(SectionText(document, 5));
        Assert.Equal(["active", "applications", "reviews"], document.Blocks.OfType<TableBlock>().Select(t => t.Key));
        Assert.NotNull(document.Signature);
    }

    [Theory]
    [InlineData("<!-- table:active -->", "<!-- table:actve -->", "不对应任何表格")]
    [InlineData("<!-- table:reviews -->", "", "没有放置表四")]
    [InlineData("<!-- table:reviews -->", "<!-- table:reviews -->\n\n<!-- table:reviews -->", "放置了表四")]
    [InlineData("{{ narrative.problems }}", "{{ narrative.problems | string.truncate 10 }}", "没有原样放入叙述")]
    [InlineData("{{ narrative.problems }}", "", "没有原样放入叙述")]
    [InlineData("## {{ headings.other }}", "", "没有标题“六、其他需要报告的事项”")]
    [InlineData("<!-- signature -->", "", "署名会丢失")]
    public void A_changed_template_that_drops_something_is_refused_naming_it(string find, string replacement, string expected)
    {
        using var temp = new TempFolder();
        var templates = temp.File("tpl");
        Directory.CreateDirectory(templates);
        var skeleton = File.ReadAllText(Repo.Path_("templates", "report.md.sbn"));
        Assert.Contains(find, skeleton, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(templates, "report.md.sbn"), skeleton.Replace(find, replacement, StringComparison.Ordinal));
        Signed.WriteTo(temp.File("r"));
        var output = temp.File("r.docx");

        var (code, stdout, _) = InProcessCli.Run("build", temp.File("r"), "-o", output, "--templates", templates);

        Assert.Equal(1, code);
        Assert.Contains("error T06", stdout, StringComparison.Ordinal);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("0.12345", "小数多于 4 位")]
    [InlineData("99999999999", "过大")]
    public void A_fee_that_would_print_other_than_written_is_refused(string fee, string expected)
    {
        var lines = Sample["active.csv"].Split('\n');
        var feeLine = Array.FindIndex(lines, l => l.StartsWith("行政事业性收费", StringComparison.Ordinal)) + 1;

        var outcome = Sample.WithCell("active.csv", feeLine, 2, fee).Check();

        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id == "R8" && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("某局\n## 假标题")]
    [InlineData("某局\t")]
    public void A_line_break_in_the_agency_is_refused_not_made_a_heading(string agency)
    {
        var outcome = Sample.With("report.json", "{ \"agency\": " + Json(agency + "x") + ", \"year\": 2023 }").Check();

        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id == "M01" && d.Message.Contains("换行或控制字符", StringComparison.Ordinal));
    }

    private static ReportDocument Render(SampleFiles files)
    {
        var report = files.Check().Report!;
        var rendered = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report);
        Assert.Empty(rendered.Diagnostics);
        return rendered.Value!;
    }

    /// <summary>The body text of section <paramref name="index"/> (0 = 一): its paragraphs up to the next heading or table.</summary>
    private static string SectionText(ReportDocument document, int index)
    {
        var sb = new StringBuilder();
        var section = -1;
        foreach (var block in document.Blocks)
        {
            if (block is ParagraphBlock { Role: ParagraphRole.Heading1 })
            {
                section++;
                continue;
            }
            if (section == index && block is ParagraphBlock p)
            {
                sb.Append(p.Text);
            }
            if (section == index && block is TableBlock)
            {
                break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Markdown joins lines and trims them; every other character must be there, in order.</summary>
    private static string Visible(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Json(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
