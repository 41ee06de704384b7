using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

public class TemplateFindingsTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static Outcome<ReportDocument> RenderWith(string narrative, TemplateSet? templates = null) =>
        new ReportRenderer(templates ?? EmbeddedTemplateSet.Instance).Render(Sample.With("problems.md", narrative).Check().Report!);

    [Fact]
    public void Figures_and_metadata_can_be_quoted_in_the_narrative()
    {
        var rendered = RenderWith("本年共新收申请{{ applications.new.total }}件，上年结转{{ applications.carried_over.total }}件；行政许可{{ active.licensing.decisions }}项，{{ agency }}。");

        var paragraph = rendered.Value!.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith("本年共新收", StringComparison.Ordinal));
        Assert.Equal("本年共新收申请5件，上年结转0件；行政许可387项，聊城市文化和旅游局。", paragraph.Text);
    }

    [Fact]
    public void An_unknown_name_is_an_error_at_its_file_line_and_column()
    {
        var rendered = RenderWith("第一段。\n\n本年共新收申请{{ applications.neww.total }}件。");

        Assert.Null(rendered.Value);
        var d = Assert.Single(rendered.Diagnostics);
        Assert.Equal("T02", d.Rule.Id);
        Assert.Equal("sample/problems.md", d.Location!.File);
        Assert.Equal(3, d.Location.Line);
        Assert.True(d.Location.Column > 1);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_line()
    {
        var rendered = RenderWith("第一段。\n{{ if year > 2000 }}没有结束");

        var d = Assert.Single(rendered.Diagnostics);
        Assert.Equal("T01", d.Rule.Id);
        Assert.Equal("sample/problems.md", d.Location!.File);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..100000000 }}x{{ end }}")]
    [InlineData("{{ func f(n); ret f(n + 1); end; f(1) }}")]
    public void Runaway_loops_and_recursion_are_stopped_and_reported(string template)
    {
        var rendered = RenderWith(template);

        Assert.Null(rendered.Value);
        Assert.Equal("T03", Assert.Single(rendered.Diagnostics).Rule.Id);
    }

    [Theory]
    [InlineData("{{ include '../../etc/passwd' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    public void An_include_that_leaves_the_template_folder_is_refused(string template)
    {
        var rendered = RenderWith(template);

        Assert.Equal("T04", Assert.Single(rendered.Diagnostics).Rule.Id);
    }

    [Fact]
    public void A_changed_template_folder_is_used_for_the_skeleton()
    {
        using var temp = new TempFolder();
        // A changed skeleton may add and reorder, but must still place every table, heading and narrative (T06).
        var shipped = File.ReadAllText(Repo.Path_("templates", TemplateSet.Skeleton));
        File.WriteAllText(temp.File(TemplateSet.Skeleton), shipped.Replace("# {{ title }}\n", "# {{ title }}\n\n本模板由{{ agency }}修改。\n", StringComparison.Ordinal));

        var rendered = RenderWith("问题与改进。", new DirectoryTemplateSet(temp.Path));

        var blocks = rendered.Value!.Blocks;
        Assert.Equal("本模板由聊城市文化和旅游局修改。", Assert.IsType<ParagraphBlock>(blocks[1]).Text);
        Assert.Equal(["active", "applications", "reviews"], blocks.OfType<TableBlock>().Select(t => t.Key));
    }

    [Fact]
    public void A_changed_skeleton_that_leaves_out_tables_and_sections_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(TemplateSet.Skeleton), "# {{ agency }}年报\n\n{{ narrative.problems }}\n\n<!-- table:reviews -->\n");

        var rendered = RenderWith("问题与改进。", new DirectoryTemplateSet(temp.Path));

        Assert.Null(rendered.Value);
        Assert.Contains(rendered.Diagnostics, d => d.Rule.Id == "T06" && d.Message.Contains("narrative.overview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_folder_without_the_skeleton_is_a_job_failure()
    {
        using var temp = new TempFolder();

        var rendered = RenderWith("x", new DirectoryTemplateSet(temp.Path));

        Assert.Equal("T05", Assert.Single(rendered.Diagnostics).Rule.Id);
    }

    [Fact]
    public void A_signature_in_report_json_ends_the_document_and_overrides_reach_the_title()
    {
        var json = "{\"agency\": \"聊城市文化和旅游局\", \"year\": 2023, \"title\": \"聊城市文化和旅游局2023年度政府信息公开工作报告\","
            + " \"signature\": { \"date\": \"2024-01-20\" } }";

        var rendered = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(Sample.With("report.json", json).Check().Report!);

        Assert.Equal(new SignatureBlock("聊城市文化和旅游局", "2024年1月20日"), rendered.Value!.Signature);
        Assert.StartsWith("聊城市文化和旅游局\n2023年度", rendered.Value.Blocks.OfType<ParagraphBlock>().First().Text, StringComparison.Ordinal);
        Assert.Contains(rendered.Value.Blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("本报告根据《中华人民共和国政府信息公开条例》", StringComparison.Ordinal));
    }

    [Fact]
    public void Scriban_builtin_functions_are_available_to_a_changed_template()
    {
        var rendered = RenderWith("共{{ applications.new.total + applications.carried_over.total }}件，{{ \"abc\" | string.upcase }}，{{ [3, 1, 2] | array.sort | array.join \"、\" }}。");

        Assert.Contains(rendered.Value!.Blocks.OfType<ParagraphBlock>(), p => p.Text == "共5件，ABC，1、2、3。");
    }
}
