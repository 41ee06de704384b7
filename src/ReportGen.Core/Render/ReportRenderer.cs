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

        // 署名 stands 2 字 from the right of a 28-字 line: a longer agency breaks after one of its units.
        var signature = report.Metadata.Signature is { } s
            ? new SignatureBlock(string.Join('\n', BreakName(s.Agency, SignatureLineWidth)), TemplateModel.ChineseDate(s.Date))
            : null;
        var blocks = MarkdownDocumentMapper.Map(markdown.Text, name => Marker(name, report))
            .Select(b => b is ParagraphBlock { Role: ParagraphRole.Title } t ? BreakTitle(t, report.Metadata) : b)
            .ToImmutableArray();
        var title = (blocks.OfType<ParagraphBlock>().FirstOrDefault(b => b.Role == ParagraphRole.Title)?.Text ?? string.Empty).Replace("\n", string.Empty, StringComparison.Ordinal);
        var document = new ReportDocument(title, blocks, blocks.Any(b => b is SignaturePlaceholder) ? signature : null);
        return new ReportRenderOutcome(document with { Blocks = [.. blocks.Where(b => b is not SignaturePlaceholder)] }, findings.ToImmutable());
    }

    /// <summary>二号 characters per line of the text block: a longer title wraps.</summary>
    private const int TitleLineWidth = 20;

    /// <summary>三号 characters a signature line holds: 28 less the 2 字 it stands in from the right.</summary>
    private const int SignatureLineWidth = 26;

    /// <summary>
    /// GB/T 9704 §7.3.1 wants a title broken between words, in a balanced shape; the standard title
    /// breaks best after the agency name ("聊城市文化和旅游局 / 2023年政府信息公开工作年度报告"). An agency
    /// name longer than a line is itself broken after one of its units (…市 / …局), never inside a word.
    /// </summary>
    private static ParagraphBlock BreakTitle(ParagraphBlock title, ReportMetadata metadata)
    {
        var text = title.Text;
        var agency = metadata.Agency;
        if (Width(text) <= TitleLineWidth || !text.StartsWith(agency, StringComparison.Ordinal) || text.Length == agency.Length)
        {
            return title;
        }
        var lines = BreakName(agency, TitleLineWidth).Append(text[agency.Length..]);
        return title with { Runs = [new TextRun(string.Join('\n', lines))] };
    }

    /// <summary>The agency in as few lines as fit the title line, broken where the lines come out most even.</summary>
    private static IEnumerable<string> BreakName(string agency, int lineWidth)
    {
        if (Width(agency) <= lineWidth)
        {
            return [agency];
        }
        var best = -1;
        var bestLongest = double.MaxValue;
        foreach (var unit in NameUnits)
        {
            for (var at = agency.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = agency.IndexOf(unit, at + 1, StringComparison.Ordinal))
            {
                var end = at + unit.Length;
                if (end >= agency.Length)
                {
                    break;
                }
                var longest = Math.Max(Width(agency[..end]), Width(agency[end..]));
                if (longest < bestLongest && Width(agency[..end]) <= lineWidth)
                {
                    (best, bestLongest) = (end, longest);
                }
            }
        }
        return best < 0 ? [agency] : [agency[..best], .. BreakName(agency[best..], lineWidth)];
    }

    /// <summary>Words that end a unit of an agency's name: a line may break after them.</summary>
    private static readonly string[] NameUnits =
        ["人民政府", "委员会", "办公室", "办公厅", "办事处", "管理委员会", "管委会", "省", "自治区", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "街道", "局", "厅", "委", "部", "院", "中心"];

    private static double Width(string text) => text.Sum(ch => ch < 0x2E80 ? 0.5 : 1);

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
