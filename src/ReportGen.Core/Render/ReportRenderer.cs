using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Render;

/// <summary>
/// Render stage: the narrative files and the skeleton through Scriban (so prose can quote the tables'
/// figures and cannot contradict them), then Markdig into document blocks, with the statutory tables
/// placed where the skeleton says.
/// </summary>
internal sealed class ReportRenderer(TemplateSet templates)
{
    public ReportRenderOutcome Render(Report report)
    {
        var scriban = new ScribanTemplateRenderer(templates);
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();

        var baseModel = TemplateModel.Build(report, narratives: null);
        var narratives = new Dictionary<string, string>();
        foreach (var (key, narrative) in report.Narratives)
        {
            var rendered = scriban.Render(narrative.Text, narrative.File, baseModel);
            findings.AddRange(rendered.Diagnostics);
            narratives[key] = rendered.Text?.Trim() ?? string.Empty;
        }

        var skeleton = templates.Read(TemplateSet.Skeleton);
        if (skeleton is null)
        {
            findings.Add(new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(templates.Describe(TemplateSet.Skeleton), 0, 0),
                $"找不到模板 {templates.Describe(TemplateSet.Skeleton)}", "请从 templates/ 复制一份完整的模板文件夹再修改"));
            return new ReportRenderOutcome(null, findings.ToImmutable());
        }
        var markdown = scriban.Render(skeleton, templates.Describe(TemplateSet.Skeleton), TemplateModel.Build(report, narratives));
        findings.AddRange(markdown.Diagnostics);
        if (markdown.Text is null || findings.Count > 0)
        {
            return new ReportRenderOutcome(null, findings.ToImmutable());
        }

        var signature = report.Metadata.Signature is { } s ? new SignatureBlock(s.Agency, TemplateModel.ChineseDate(s.Date)) : null;
        ImmutableArray<DocumentBlock> mapped;
        try
        {
            mapped = MarkdownDocumentMapper.Map(markdown.Text, name => Marker(name, report));
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting past its depth limit (128 ">" in a row): say which file, not a stack trace.
            findings.Add(TooDeep(report, templates));
            return new ReportRenderOutcome(null, findings.ToImmutable());
        }
        var blocks = mapped
            .Select(b => b is ParagraphBlock { Role: ParagraphRole.Title } t ? BreakTitle(t, report.Metadata) : b)
            .ToImmutableArray();
        var title = (blocks.OfType<ParagraphBlock>().FirstOrDefault(b => b.Role == ParagraphRole.Title)?.Text ?? string.Empty).Replace("\n", string.Empty, StringComparison.Ordinal);
        var document = new ReportDocument(title, blocks, blocks.Any(b => b is SignaturePlaceholder) ? signature : null);
        return new ReportRenderOutcome(document with { Blocks = [.. blocks.Where(b => b is not SignaturePlaceholder)] }, findings.ToImmutable());
    }

    private static Diagnostic TooDeep(Report report, TemplateSet templates)
    {
        var file = report.Narratives.Values.FirstOrDefault(n => !MarkdownDocumentMapper.CanMap(n.Text))?.File ?? templates.Describe(TemplateSet.Skeleton);
        return new Diagnostic(RuleCatalog.TextLost, new SourceLocation(file, 0, 0), $"{file} 的引用（>）或列表嵌套过深，无法排版",
            "公文正文不需要多层引用或嵌套：请删去多余的“>”或缩进");
    }

    /// <summary>二号 characters per line of the text block: a longer title wraps.</summary>
    private const int TitleLineWidth = 20;

    /// <summary>
    /// GB/T 9704 §7.3.1 wants a title broken between words, in a balanced shape; the standard title
    /// breaks best after the agency name ("聊城市文化和旅游局 / 2023年政府信息公开工作年度报告").
    /// </summary>
    private static ParagraphBlock BreakTitle(ParagraphBlock title, ReportMetadata metadata)
    {
        var text = title.Text;
        var fits = text.Sum(ch => ch < 0x2E80 ? 0.5 : 1) <= TitleLineWidth;
        return fits || !text.StartsWith(metadata.Agency, StringComparison.Ordinal) || text.Length == metadata.Agency.Length
            ? title
            : title with { Runs = [new TextRun(metadata.Agency + "\n" + text[metadata.Agency.Length..])] };
    }

    private static DocumentBlock? Marker(string name, Report report)
    {
        if (name == "signature")
        {
            return SignaturePlaceholder.Instance;
        }
        var key = name.StartsWith("table:", StringComparison.Ordinal) ? name["table:".Length..] : null;
        return StatutoryFormat.Tables.Any(t => t.Key == key) ? StatutoryTableRenderer.Render(report.Table(key!)) : null;
    }

    /// <summary>Where the skeleton puts the signature; the writer lays it out after the body.</summary>
    private sealed record SignaturePlaceholder : DocumentBlock
    {
        public static readonly SignaturePlaceholder Instance = new();
    }
}

/// <summary>The document ready for a writer, or the findings that stopped rendering.</summary>
internal sealed record ReportRenderOutcome(ReportDocument? Document, ImmutableArray<Diagnostic> Diagnostics);
