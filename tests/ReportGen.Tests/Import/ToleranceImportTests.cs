using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;

namespace ReportGen.Tests.Import;

/// <summary>Each real-world variant of docs/format.md, "What published reports get wrong", made in a copy of the seed, gives its warning at its line.</summary>
public class ToleranceImportTests
{
    private static readonly string SeedText = File.ReadAllText(TestRepo.SeedPath).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static ImportOutcome Import(string text) => new PublishedReportImporter().Import("report.txt", TextLines.Utf8(text));

    private static Diagnostic Single(ImportOutcome outcome, RuleSpec rule, int line) =>
        Assert.Single(outcome.Diagnostics, d => d.Rule == rule && d.Location?.Line == line);

    [Fact]
    public void Ascii_parentheses_are_read_with_a_warning_at_the_line()
    {
        var text = TextLines.ReplaceLine(SeedText, "（一）予以公开\t5", "(一)予以公开\t5\t0\t0\t0\t0\t0\t5");
        var outcome = Import(text);

        var warning = Single(outcome, RuleCatalog.NearMissLabel, TextLines.LineOf(text, "(一)予以公开"));
        Assert.Contains("（一）予以公开", warning.Message, StringComparison.Ordinal);
        Assert.Equal(5m, outcome.Report!.Applications["granted", "natural"]);
    }

    [Fact]
    public void Enumeration_comma_is_read_as_the_official_dot_with_a_warning()
    {
        var text = SeedText.Replace("1. 属于国家秘密\t0", "1、属于国家秘密\t3", StringComparison.Ordinal);
        var outcome = Import(text);

        var line = TextLines.LineOf(text, "1、属于国家秘密");
        Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.NearMissLabel && d.Location?.Line == line && d.Message.Contains("“1、属于国家秘密”", StringComparison.Ordinal));
        Assert.Equal(3m, outcome.Report!.Applications["withheld_secret", "natural"]);
    }

    [Fact]
    public void A_label_typo_from_real_reports_is_matched_with_a_warning()
    {
        var text = SeedText.Replace("2. 其他法律行政法规禁止公开\t0", "2.其他法律行政止公开\t4", StringComparison.Ordinal);
        var outcome = Import(text);

        var warning = Single(outcome, RuleCatalog.NearMissLabel, TextLines.LineOf(text, "其他法律行政止公开"));
        Assert.Contains("错字", warning.Message, StringComparison.Ordinal);
        Assert.Equal(4m, outcome.Report!.Applications["withheld_law", "natural"]);
    }

    [Fact]
    public void Slash_and_dash_cells_read_as_zero_with_a_warning_each()
    {
        var text = TextLines.ReplaceLine(SeedText, "二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量\t/\t—\t/\t/\t/\t/\t0");
        var outcome = Import(text);
        var line = TextLines.LineOf(text, "二、上年结转");

        Assert.Equal(6, outcome.Diagnostics.Count(d => d.Rule == RuleCatalog.Placeholder && d.Location?.Line == line));
        Assert.All(StatutoryFormat.Applications.Columns, c => Assert.Equal(0m, outcome.Report!.Applications["carried_over", c.Key]));
        Assert.Equal(CellOrigin.Placeholder, outcome.Report!.Applications.Cell(new CellRef("carried_over", "natural"))!.Origin);
    }

    [Fact]
    public void A_blank_total_is_computed_from_its_parts_not_read_as_zero()
    {
        var text = TextLines.ReplaceLine(SeedText, "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t/");
        var outcome = Import(text);

        Assert.Equal(5m, outcome.Report!.Applications["new", "total"]);
        Single(outcome, RuleCatalog.Placeholder, TextLines.LineOf(text, "一、本年新收"));
    }

    [Fact]
    public void A_page_footer_is_ignored_and_the_split_paragraph_joined_again()
    {
        var text = SeedText.Replace("积\n\n极探索", "积\n\n— 3 —\n\n极探索", StringComparison.Ordinal);
        var outcome = Import(text);

        Single(outcome, RuleCatalog.ImportPageArtefact, TextLines.LineOf(text, "— 3 —"));
        Single(outcome, RuleCatalog.ImportRejoined, TextLines.LineOf(text, "极探索“1+N”"));
        var overview = outcome.Report!.Narratives["overview"].Text;
        Assert.Contains("积极探索“1+N”", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("— 3 —", overview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3-")]
    [InlineData("- 12 -")]
    [InlineData("第 3 页 共 10 页")]
    public void Page_footer_shapes_are_recognised(string footer)
    {
        var text = SeedText.Replace("同步制订、\n\n同步发布", $"同步制订、\n\n{footer}\n\n同步发布", StringComparison.Ordinal);
        var outcome = Import(text);

        Single(outcome, RuleCatalog.ImportPageArtefact, TextLines.LineOf(text, footer));
        Assert.Contains("同步制订、同步发布", outcome.Report!.Narratives["overview"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_ends_is_not_joined_to_the_next_paragraph()
    {
        var outcome = Import(SeedText);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportRejoined && d.Location?.Line == TextLines.LineOf(SeedText, "**（二）抓好信息发布"));
        Assert.Equal(5, outcome.Report!.Narratives["overview"].Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_row_label_wrapped_onto_two_lines_is_joined()
    {
        var text = TextLines.ReplaceLine(SeedText, "（二）部分公开（区分处理的",
            "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\t0\t0\t0\t0\t0\t0\t0");
        var outcome = Import(text);

        Assert.True(outcome.Errors == 0, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        Assert.Equal(0m, outcome.Report!.Applications["partial", "total"]);
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportArtefact && d.Message.Contains("多行", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_cannot_be_placed_is_reported_with_its_line_and_no_figure_is_invented()
    {
        var text = TextLines.ReplaceLine(SeedText, "8. 属于行政查询事项", "\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n\t\t9. 属于外星来信\t1\t0\t0\t0\t0\t0\t1");
        var outcome = Import(text);

        var error = Single(outcome, RuleCatalog.ImportUnplaced, TextLines.LineOf(text, "属于外星来信"));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("属于外星来信", error.Message, StringComparison.Ordinal);
        Assert.Equal(5m, outcome.Report!.Applications["handled", "total"]);
    }

    [Fact]
    public void A_row_with_a_figure_missing_is_reported_not_guessed()
    {
        var text = TextLines.ReplaceLine(SeedText, "（一）予以公开\t5", "（一）予以公开\t5\t0\t0\t0\t0\t5");
        var outcome = Import(text);

        Single(outcome, RuleCatalog.ImportUnplaced, TextLines.LineOf(text, "（一）予以公开"));
        Assert.Null(outcome.Report!.Applications.Cell(new CellRef("granted", "natural")));
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingData && d.Message.Contains("予以公开", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_narrative_section_is_a_warning()
    {
        var start = SeedText.IndexOf("## 五、", StringComparison.Ordinal);
        var end = SeedText.IndexOf("## 六、", StringComparison.Ordinal);
        var outcome = Import(SeedText.Remove(start, end - start));

        var warning = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingSection);
        Assert.Contains("存在的主要问题及改进情况", warning.Message, StringComparison.Ordinal);
        Assert.False(outcome.Report!.Narratives.ContainsKey("problems"));
        Assert.Equal(0, outcome.Errors);
    }

    [Fact]
    public void A_missing_title_is_a_job_error_and_no_report()
    {
        var outcome = Import(SeedText.Replace("# 聊城市文化和旅游局 2023年政府信息公开工作年度报告", string.Empty, StringComparison.Ordinal));

        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportNoTitle);
    }

    [Fact]
    public void Year_first_titles_and_a_closing_signature_are_read()
    {
        var text = SeedText.Replace("# 聊城市文化和旅游局 2023年政府信息公开工作年度报告", "2023年度聊城市文化和旅游局政府信息公开工作年度报告", StringComparison.Ordinal)
            + "\n\n聊城市文化和旅游局\n\n2024年1月18日\n";
        var outcome = Import(text);
        var metadata = outcome.Report!.Metadata;

        Assert.Equal("聊城市文化和旅游局", metadata.Agency);
        Assert.Equal(2023, metadata.Year);
        Assert.Equal(new DateOnly(2024, 1, 18), metadata.Signature!.Date);
        Assert.DoesNotContain("2024年1月18日", outcome.Report.Narratives["other"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_and_space_separated_rows_are_read()
    {
        var pipes = SeedText
            .Replace("行政许可\t387\t\t", "| 行政许可 | 387 | | |\n|---|---|---|---|", StringComparison.Ordinal)
            .Replace("行政处罚\t51\t\t", "行政处罚  51", StringComparison.Ordinal);
        var outcome = Import(pipes);

        Assert.Equal(387m, outcome.Report!.Active["licensing", "decisions"]);
        Assert.Equal(51m, outcome.Report.Active["penalty", "decisions"]);
        Assert.Equal(0, outcome.Errors);
    }

    [Fact]
    public void Pdf_and_legacy_doc_files_are_refused_with_a_reason()
    {
        var pdf = new PublishedReportImporter().Import("report.pdf", "%PDF-1.7\n"u8.ToArray());
        var doc = new PublishedReportImporter().Import("report.doc", [0xD0, 0xCF, 0x11, 0xE0, 0, 0]);

        Assert.Contains(pdf.Diagnostics, d => d.Rule == RuleCatalog.ImportUnsupported && d.Message.Contains("PDF", StringComparison.Ordinal));
        Assert.Contains(doc.Diagnostics, d => d.Rule == RuleCatalog.ImportUnsupported && d.Message.Contains(".doc", StringComparison.Ordinal));
        Assert.Null(pdf.Report);
    }

    [Theory]
    [InlineData("各单位/文旅局/2023年报.pdf", "%PDF-1.7")]
    [InlineData("各单位/文旅局/2023年报.txt", "这不是一份年报")]
    public void Findings_name_the_file_as_the_user_gave_it(string path, string content)
    {
        var outcome = new PublishedReportImporter().Import(path, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.NotEmpty(outcome.Diagnostics);
        Assert.All(outcome.Diagnostics.Where(d => d.Location is not null), d => Assert.Equal(path, d.Location!.File));
    }
}
