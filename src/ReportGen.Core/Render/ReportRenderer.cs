using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Render;

/// <summary>
/// Render stage: the narrative files and the skeleton through Scriban (so prose can quote the tables'
/// figures and cannot contradict them), then Markdig into document blocks, with the statutory tables
/// placed where the skeleton says.
/// </summary>
internal sealed partial class ReportRenderer(TemplateSet templates)
{
    /// <param name="previous">Last year's report (--previous): the indicators' change on it (indicators.*.change).</param>
    public Outcome<ReportDocument> Render(Report report, Report? previous = null)
    {
        var scriban = new ScribanTemplateRenderer(templates);
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();

        // Computed once, and only if a template looks at `indicators`.
        var computed = new Lazy<ImmutableArray<Indicator>>(() => Indicators.Of(report, previous), LazyThreadSafetyMode.None);
        ImmutableArray<Indicator> indicators() => computed.Value;
        var baseModel = TemplateModel.Build(report, narratives: null, indicators);
        var narratives = new Dictionary<string, string>();
        foreach (var (key, narrative) in report.Narratives)
        {
            if (MarkdownText.IsLiteral(narrative.Text))
            {
                // Written by the tool from someone else's text (import, aggregate): never run, never read as markup.
                narratives[key] = MarkdownText.Escape(MarkdownText.LiteralBody(narrative.Text)).Trim();
                continue;
            }
            var rendered = scriban.Render(narrative.Text, narrative.File, baseModel);
            findings.AddRange(rendered.Diagnostics);
            narratives[key] = rendered.Value?.Trim() ?? string.Empty;
        }

        var skeleton = templates.Read(TemplateSet.Skeleton);
        if (skeleton is null)
        {
            findings.Add(new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(templates.Describe(TemplateSet.Skeleton), 0, 0),
                $"找不到模板 {templates.Describe(TemplateSet.Skeleton)}", "请从 templates/ 复制一份完整的模板文件夹再修改"));
            return new Outcome<ReportDocument>(null, findings.ToImmutable());
        }
        // The skeleton gets a stand-in for each narrative: that each stand-in comes out exactly once, untouched,
        // proves the skeleton placed every narrative whole; then the narratives take their places.
        // A stand-in is as long as its narrative, so a template that cuts or measures it (string.truncate, string.size) acts as on the text.
        var standIns = narratives.Where(n => n.Value.Length > 0)
            .Select((n, i) => (n.Key, Mark: $"\u0002{i}\u0003".PadRight(Math.Max(n.Value.Length, 8), '\u0004'))).ToList();
        var skeletonNarratives = narratives.ToDictionary(n => n.Key, n => standIns.FirstOrDefault(x => x.Key == n.Key).Mark ?? string.Empty);
        var skeletonFile = templates.Describe(TemplateSet.Skeleton);
        var markdown = scriban.Render(skeleton, skeletonFile, TemplateModel.Build(report, skeletonNarratives, indicators));
        findings.AddRange(markdown.Diagnostics);
        if (markdown.Value is null || findings.Count > 0)
        {
            return new Outcome<ReportDocument>(null, findings.ToImmutable());
        }
        foreach (var (key, mark) in standIns)
        {
            var count = CountOf(markdown.Value, mark);
            if (count != 1)
            {
                var file = report.Narratives[key].File;
                findings.Add(Lost(skeletonFile, count == 0
                    ? $"{skeletonFile} 没有原样放入叙述 {file}（narrative.{key}），其内容会从文档中丢失"
                    : $"{skeletonFile} 把叙述 {file}（narrative.{key}）放入了 {count} 次"));
            }
        }
        if (findings.Count > 0)
        {
            return new Outcome<ReportDocument>(null, findings.ToImmutable());
        }
        var text = StandIn().Replace(markdown.Value, m => narratives[standIns[int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)].Key]);

        // 署名 stands 2 字 from the right of a 28-字 line: a longer agency breaks after one of its units.
        var signature = report.Metadata.Signature is { } s
            ? new SignatureBlock(string.Join('\n', BreakName(s.Agency, SignatureLineWidth)), TemplateModel.ChineseDate(s.Date))
            : null;
        ImmutableArray<DocumentBlock> mapped;
        var unknown = new List<string>();
        try
        {
            mapped = MarkdownDocumentMapper.Map(text, name => Marker(name, report) ?? Unplaced(name, unknown));
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting past its depth limit (128 ">" in a row): say which file, not a stack trace.
            findings.Add(TooDeep(report, templates));
            return new Outcome<ReportDocument>(null, findings.ToImmutable());
        }
        findings.AddRange(Completeness(mapped, unknown, report, skeletonFile));
        if (findings.Count > 0)
        {
            return new Outcome<ReportDocument>(null, findings.ToImmutable());
        }
        var blocks = mapped
            .Select(b => b is ParagraphBlock { Role: ParagraphRole.Title } t ? BreakTitle(t, report.Metadata) : b)
            .ToImmutableArray();
        var title = (blocks.OfType<ParagraphBlock>().FirstOrDefault(b => b.Role == ParagraphRole.Title)?.Text ?? string.Empty).Replace("\n", string.Empty, StringComparison.Ordinal);
        var document = new ReportDocument(title, blocks, blocks.Any(b => b is SignaturePlaceholder) ? signature : null);
        return new Outcome<ReportDocument>(document with { Blocks = [.. blocks.Where(b => b is not SignaturePlaceholder)] }, findings.ToImmutable());
    }

    /// <summary>
    /// What the skeleton must place, each exactly once: the three statutory tables, the six section
    /// headings, and the signature when report.json has one. A marker naming nothing is a typo that would
    /// drop what it meant.
    /// </summary>
    private static IEnumerable<Diagnostic> Completeness(ImmutableArray<DocumentBlock> blocks, List<string> unknown, Report report, string skeleton)
    {
        foreach (var name in unknown)
        {
            yield return Lost(skeleton, $"{skeleton} 中的标记“<!-- {name} -->”不对应任何表格（可用：{string.Join("、", StatutoryFormat.Tables.Select(t => $"table:{t.Key}"))}、signature）");
        }
        foreach (var table in StatutoryFormat.Tables)
        {
            var count = blocks.Count(b => b is TableBlock t && t.Key == table.Key);
            if (count != 1)
            {
                yield return Lost(skeleton, count == 0
                    ? $"{skeleton} 没有放置{table.DisplayName}（<!-- table:{table.Key} -->），这张法定表格会从文档中丢失"
                    : $"{skeleton} 放置了{table.DisplayName} {count} 次");
            }
        }
        var title = report.Metadata.Title ?? $"{report.Metadata.Agency}{report.Metadata.Year}年政府信息公开工作年度报告";
        if (blocks.OfType<ParagraphBlock>().Count(b => b.Role == ParagraphRole.Title && b.Text == title) != 1)
        {
            yield return Lost(skeleton, $"{skeleton} 生成的文档中标题“{title}”没有原样出现一次");
        }
        var headings = blocks.OfType<ParagraphBlock>().Where(b => b.Role == ParagraphRole.Heading1).Select(b => b.Text).ToList();
        foreach (var section in StatutoryFormat.Sections)
        {
            var heading = TemplateModel.Heading(report.Metadata, section);
            var count = headings.Count(h => h == heading);
            if (count != 1)
            {
                yield return Lost(skeleton, count == 0
                    ? $"{skeleton} 生成的文档中没有标题“{heading}”（headings.{section.Key}），这一部分的标题会丢失"
                    : $"{skeleton} 生成的文档中标题“{heading}”出现了 {count} 次");
            }
        }
        if (report.Metadata.Signature is not null && !blocks.Any(b => b is SignaturePlaceholder))
        {
            yield return Lost(skeleton, $"report.json 写明了署名，但 {skeleton} 没有放置署名（<!-- signature -->），署名会丢失");
        }
    }

    private static DocumentBlock? Unplaced(string name, List<string> unknown)
    {
        unknown.Add(name);
        return null;
    }

    private static Diagnostic Lost(string file, string message) =>
        new(RuleCatalog.TextLost, new SourceLocation(file, 0, 0), message, "请对照 templates/report.md.sbn 修改模板：每张表、每个标题、每个叙述文件都须原样出现一次");

    private static int CountOf(string text, string mark)
    {
        var count = 0;
        for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\u0002([0-9]+)\u0003\u0004*")]
    private static partial System.Text.RegularExpressions.Regex StandIn();

    private static Diagnostic TooDeep(Report report, TemplateSet templates)
    {
        var file = report.Narratives.Values.FirstOrDefault(n => !MarkdownDocumentMapper.CanMap(n.Text))?.File ?? templates.Describe(TemplateSet.Skeleton);
        return new Diagnostic(RuleCatalog.TextLost, new SourceLocation(file, 0, 0), $"{file} 的引用（>）或列表嵌套过深，无法排版",
            "公文正文不需要多层引用或嵌套：请删去多余的“>”或缩进");
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
