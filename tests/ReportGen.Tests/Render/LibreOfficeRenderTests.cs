using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

/// <summary>
/// What a reviewer checks on the printed report, measured on LibreOffice's PDF of real builds
/// (<see cref="RenderCases"/>): figures whole, tables not torn, the 落款 not alone, nothing lost,
/// the GB/T 9704 grid and page numbers. Coordinates are points from the top left of an A4 page.
/// </summary>
public sealed partial class LibreOfficeRenderTests(RenderedReports rendered) : IClassFixture<RenderedReports>
{
    // 版心 in points: left 28 mm, right 26 mm, top 37 mm, bottom 35 mm of 210 × 297 mm.
    private const double TextLeft = 1587 / 20.0;
    private const double TextRight = (11906 - 1474) / 20.0;
    private const double TextBottom = (16838 - 1984) / 20.0;
    private const double Pitch = 579 / 20.0;

    private IReadOnlyDictionary<string, RenderedReport> Reports
    {
        get
        {
            if (rendered.Reports is null)
            {
                ExternalTool.Require(rendered.Missing!);
            }
            return rendered.Reports!;
        }
    }

    [SkippableFact]
    public void No_character_of_the_document_is_lost_in_the_PDF()
    {
        foreach (var report in Reports.Values)
        {
            var printed = Count(string.Concat(report.Pages.Select(p => p.Text)));
            var lost = Count(report.DocumentText)
                .Select(kv => (kv.Key, Missing: kv.Value - printed.GetValueOrDefault(kv.Key)))
                .Where(x => x.Missing > 0)
                .ToList();
            Assert.True(lost.Count == 0, $"{report.Case.Name}: lost " + string.Join(" ", lost.Select(x => $"{x.Key}×{x.Missing}")));
        }
    }

    [SkippableFact]
    public void Every_figure_stays_on_one_line_of_its_cell()
    {
        var widest = Reports["widest"];
        var words = widest.Pages.SelectMany(p => p.Words).Select(w => w.Text).ToList();
        foreach (var figure in RenderCases.WideFigures)
        {
            var inDocument = Regex.Count(widest.DocumentText, figure);
            Assert.True(inDocument > 0, figure);
            Assert.Equal(inDocument, words.Count(w => w == figure));
        }
        // A figure broken in its cell leaves a digit run that is no whole figure ("166666" over "6"):
        // among the table text (set below 13 pt; body and page numbers are larger) only whole figures.
        var tableDigits = widest.Pages.SelectMany(p => p.Words).Where(w => w.YMax - w.YMin < 13 && Regex.IsMatch(w.Text, @"^\d+$")).ToList();
        Assert.NotEmpty(tableDigits);
        Assert.All(tableDigits, w => Assert.True(w.Text == "0" || RenderCases.WideFigures.Contains(w.Text), $"figure piece “{w.Text}”"));
    }

    [SkippableFact]
    public void A_table_breaks_only_between_its_blocks_and_keeps_its_header_with_its_figures()
    {
        foreach (var report in Reports.Values)
        {
            var name = report.Case.Name;
            // 表二: each 第二十条 block title on the page of its last row.
            foreach (var (title, lastRow) in new[] { ("第二十条第（一）项", "行政规范性文件"), ("第二十条第（五）项", "行政许可"), ("第二十条第（六）项", "行政强制"), ("第二十条第（八）项", "行政事业性收费") })
            {
                var page = PageOf(report, title);
                Assert.True(page == PageOf(report, lastRow, page), $"{name}: 表二 block {title} split");
            }
            // 表三: the label merged down the left is stacked one character a line; all of it, and the
            // rows it labels, on one page.
            var label = "三、本年度办理结果".Where(c => c != '、').Select(c => c.ToString()).ToList();
            var first = PageOf(report, "（一）予以公开");
            Assert.True(first == PageOf(report, "（七）总计"), $"{name}: 表三 group 三 split");
            Assert.True(report.Pages[first - 1].Text.Contains("办理结果", StringComparison.Ordinal)
                || label.All(c => report.Pages[first - 1].Words.Any(w => w.Text == c)), $"{name}: 表三's label not on the page of its rows");
            // 表四: its three header rows on the page of its figures.
            var reviews = PageOf(report, "未经复议直接起诉");
            Assert.True(reviews == PageOf(report, "复议后起诉", reviews), $"{name}: 表四 header split");
            // Its figure row right under the header on that page (header rows left at a page foot fail here).
            var reviewsPage = report.Pages[reviews - 1];
            var headerBottom = reviewsPage.Words.First(w => w.Text.Contains("复议后起诉", StringComparison.Ordinal)).YMax;
            var figureWords = reviewsPage.Words.Count(w => w.YMin > headerBottom && w.YMin < headerBottom + 80 && Regex.IsMatch(w.Text, @"^\d+$"));
            Assert.True(figureWords >= 15, $"{name}: 表四's figures not under its header");
        }
    }

    [SkippableFact]
    public void The_signature_never_stands_alone_on_a_page()
    {
        foreach (var report in RenderCases.ShortEnds.Select(n => Reports[n]))
        {
            var last = report.Pages[^1];
            Assert.Contains(last.Lines, l => l.Text.Contains("2024年1月20日", StringComparison.Ordinal) || l.Text == "2024年1月20日");
            var body = last.Lines.Where(l => !IsFooter(l) && !l.Text.Contains("2024年1月20日", StringComparison.Ordinal)
                && !report.Case.Agency.Contains(l.Text, StringComparison.Ordinal)).ToList();
            Assert.True(body.Count > 0, $"{report.Case.Name}: the 落款 stands alone on page {last.Number}");
        }
    }

    /// <summary>
    /// The sample's last paragraph fills most of a page; the long-last cases run over one. LibreOffice
    /// 7.4 moves a keep-with-next paragraph only whole, so the writer gives the last sentences a
    /// paragraph of their own (joined back in Word by a hidden mark, see SignatureTail): they must open
    /// the 落款's page, and the paragraph's text must be whole and in order.
    /// </summary>
    [SkippableFact]
    public void The_signature_never_stands_alone_after_a_last_paragraph_longer_than_a_page()
    {
        foreach (var report in RenderCases.LongEnds.Select(n => Reports[n]))
        {
            var last = report.Pages[^1];
            Assert.Contains(last.Lines, l => l.Text.Contains("2024年1月20日", StringComparison.Ordinal));
            var body = last.Lines.Where(l => !IsFooter(l) && !RenderCases.SampleAgency.Contains(l.Text, StringComparison.Ordinal)
                && !l.Text.Contains("2024年1月20日", StringComparison.Ordinal)).ToList();
            Assert.True(body.Count > 0, $"{report.Case.Name}: the 落款 stands alone on page {last.Number}");
            // The page before is not left mostly empty: the tail is short.
            Assert.True(report.Pages[^2].Lines.Count(l => !IsFooter(l)) >= 16, $"{report.Case.Name}: page {last.Number - 1} left mostly empty");
            var printed = string.Concat(report.Pages.Select(p => p.Text));
            Assert.Contains("实时公开文旅工作情况和亮点。", printed, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_full_page_holds_22_lines_of_28_characters_at_28_95_pt()
    {
        var sample = Reports["sample"];
        var fullPages = 0;
        foreach (var page in sample.Pages.Take(4).Skip(1))
        {
            var lines = page.Lines.Where(l => !IsFooter(l)).ToList();
            Assert.InRange(lines.Count, 21, 22);
            fullPages += lines.Count == 22 ? 1 : 0;
            var pitch = (lines[^1].YMin - lines[0].YMin) / (lines.Count - 1);
            Assert.InRange(pitch, Pitch - 0.1, Pitch + 0.1);
            Assert.All(lines, l => Assert.InRange(l.XMin, TextLeft - 0.5, TextRight));
            Assert.All(lines, l => Assert.InRange(l.XMax, TextLeft, TextRight + 16));
        }
        Assert.True(fullPages >= 2, "fewer than two pages of 22 lines");

        // A line of Chinese that runs to the right edge holds 28 characters (29 when a mark hangs past it).
        var fullLines = sample.Pages.SelectMany(p => p.Lines)
            .Where(l => l.XMin < TextLeft + 1 && l.XMax > TextRight - 8 && !Regex.IsMatch(l.Text, @"[0-9A-Za-z]"))
            .Select(l => l.Text.Length).ToList();
        Assert.True(fullLines.Count > 50, $"only {fullLines.Count} full lines");
        // 26 or 27 when a run of digits or a mark that may not open a line moves down.
        Assert.All(fullLines, n => Assert.InRange(n, 26, 29));
        Assert.True(fullLines.Count(n => n == 28) * 10 >= fullLines.Count * 7, "fewer than 70 % of full lines hold 28 characters");
    }

    [SkippableFact]
    public void Page_numbers_stand_under_the_text_block_odd_right_even_left()
    {
        foreach (var report in Reports.Values)
        {
            foreach (var page in report.Pages)
            {
                var footer = page.Lines.Single(IsFooter);
                Assert.Equal($"—{page.Number}—", footer.Text);
                Assert.InRange(footer.YMin, TextBottom + 10, TextBottom + 30);
                if (page.Number % 2 == 1)
                {
                    Assert.InRange(TextRight - footer.XMax, 10, 18); // 右空一字 (one 四号 character, 14 pt)
                }
                else
                {
                    Assert.InRange(footer.XMin - TextLeft, 10, 18);
                }
            }
        }
    }

    [SkippableFact]
    public void Headings_and_titles_break_where_a_typesetter_would()
    {
        foreach (var report in Reports.Values)
        {
            // Heading 四 of the sample wording fits one line; no heading or body line of one character.
            var name = report.Case.Name;
            Assert.Contains(report.Pages.SelectMany(p => p.Lines), l => l.Text == "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");
            var title = report.Pages[0].Lines.TakeWhile(l => l.YMax < report.Pages[0].Lines.First(x => x.Text.StartsWith("本年度报告", StringComparison.Ordinal)).YMin).ToList();
            Assert.Equal(report.Case.Agency + "2023年政府信息公开工作年度报告", string.Concat(title.Select(l => l.Text)));
            // Each title line ends at a unit of the name or at the end of the agency.
            Assert.All(title.SkipLast(1), l => Assert.Matches("(局|办公室|支队|市|委员会|和)$", l.Text));
            Assert.True(title.All(l => l.Text.Length > 2), $"{name}: a title line of one or two characters");
            // Title digits in the title face: pdftotext joins them to their line.
            Assert.Contains("2023年", title[^1].Text, StringComparison.Ordinal);
            // No page opens with a body line of one character (a widow of "况" or "。"); table text is set below 13 pt.
            foreach (var page in report.Pages.Skip(1))
            {
                var opening = page.Lines.FirstOrDefault(l => l.YMax - l.YMin >= 13);
                Assert.True(opening is null || opening.Text.Length > 1, $"{name}: page {page.Number} opens with “{opening?.Text}” alone");
            }
        }
    }

    [SkippableFact]
    public void List_items_keep_their_markers_and_nesting()
    {
        var lines = Reports["widest"].Pages.SelectMany(p => p.Lines).ToList();
        foreach (var item in new[] { "1.加强培训。", "2.完善制度。", "一是修订指南。", "②细化目录。", "3.强化监督。", "（1）深化公开。", "（2）优化平台。", "（1）栏目调整。", "（2）数据更新。" })
        {
            Assert.Contains(lines, l => l.Text == item);
        }
        double X(string text) => lines.First(l => l.Text == text).XMin;
        Assert.True(X("一是修订指南。") > X("2.完善制度。") + 20, "a nested item is not indented");
        Assert.True(X("（1）栏目调整。") > X("（2）优化平台。") + 20, "a nested item is not indented");
    }

    private static bool IsFooter(PdfLine line) => PageNumber().IsMatch(line.Text);

    private static int PageOf(RenderedReport report, string text, int from = 1)
    {
        var page = report.Pages.Skip(from - 1).FirstOrDefault(p => p.Text.Contains(text, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"{report.Case.Name}: “{text}” not found in the PDF");
        return page.Number;
    }

    private static Dictionary<char, int> Count(string text) =>
        text.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"^—\d+—$")]
    private static partial Regex PageNumber();
}
