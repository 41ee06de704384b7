using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Model;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using ParagraphBlock = ReportGen.Model.ParagraphBlock;

namespace ReportGen.Render;

/// <summary>
/// Maps the rendered Markdown of the report to document blocks with Markdig: "#" is the title, "##"
/// a section heading (一、), "###"–"#####" the levels （一）/1./（1）; a paragraph that opens with such a
/// sub-heading sentence gets that sentence set in the heading's face (the customary run-in heading).
/// HTML comments "&lt;!-- table:KEY --&gt;" and "&lt;!-- signature --&gt;" are handed to the caller.
/// </summary>
internal static partial class MarkdownDocumentMapper
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseCjkFriendlyEmphasis().Build();

    public static ImmutableArray<DocumentBlock> Map(string markdown, Func<string, DocumentBlock?> marker)
    {
        var blocks = ImmutableArray.CreateBuilder<DocumentBlock>();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            MapBlock(block, blocks, marker);
        }
        return blocks.ToImmutable();
    }

    /// <summary>Whether Markdig can parse the text at all (it refuses nesting past its depth limit).</summary>
    public static bool CanMap(string markdown)
    {
        try
        {
            Markdown.Parse(markdown, Pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void MapBlock(Block block, ImmutableArray<DocumentBlock>.Builder blocks, Func<string, DocumentBlock?> marker)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var role = heading.Level switch
                {
                    1 => ParagraphRole.Title,
                    2 => ParagraphRole.Heading1,
                    3 => ParagraphRole.Heading2,
                    4 => ParagraphRole.Heading3,
                    _ => ParagraphRole.Heading4,
                };
                blocks.Add(new ParagraphBlock(role, [new TextRun(PlainText(heading.Inline))]));
                break;
            case MdParagraph paragraph:
                blocks.Add(new ParagraphBlock(ParagraphRole.Body, RunInHeading(Runs(paragraph.Inline))));
                break;
            case ListBlock list:
                MapList(list, 0, blocks, marker);
                break;
            case HtmlBlock html when MarkerName(html) is { } name:
                if (marker(name) is { } replacement)
                {
                    blocks.Add(replacement);
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    MapBlock(child, blocks, marker);
                }
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code, HTML and other blocks have no place in a 公文: keep their words as plain paragraphs.
                blocks.Add(ParagraphBlock.Of(ParagraphRole.Body, leaf.Lines.ToString().Trim()));
                break;
        }
    }

    /// <summary>
    /// A list as a 公文 writes one: each item its own paragraph opening with its marker, nested lists
    /// 2 字 further in. "1." stays "1.", "1)" becomes "（1）"; a bullet item keeps the marker the user wrote
    /// at its start ("一是", "（一）", "①"…) and otherwise gets "（1）" (first level) or "①" (deeper) in order.
    /// </summary>
    private static void MapList(ListBlock list, int depth, ImmutableArray<DocumentBlock>.Builder blocks, Func<string, DocumentBlock?> marker)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                switch (child)
                {
                    case MdParagraph paragraph:
                        var runs = Runs(paragraph.Inline);
                        var prefix = first ? ItemMarker(list, number, depth, string.Concat(runs.Select(r => r.Text))) : string.Empty;
                        blocks.Add(new ParagraphBlock(ParagraphRole.Body, prefix.Length > 0 ? Merge([new TextRun(prefix), .. runs]) : runs, 2 * depth));
                        break;
                    case ListBlock nested:
                        MapList(nested, depth + 1, blocks, marker);
                        break;
                    default:
                        MapBlock(child, blocks, marker);
                        break;
                }
                first = false;
            }
            number++;
        }
    }

    private static string ItemMarker(ListBlock list, int number, int depth, string text)
    {
        var n = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (list.IsOrdered)
        {
            return list.OrderedDelimiter == ')' ? $"（{n}）" : $"{n}.";
        }
        if (OwnMarker().IsMatch(text))
        {
            return string.Empty;
        }
        return depth == 0 || number > 20 ? $"（{n}）" : ((char)('①' + number - 1)).ToString();
    }

    private static string? MarkerName(HtmlBlock html)
    {
        var match = Marker().Match(html.Lines.ToString());
        return match.Success ? match.Groups[1].Value : null;
    }

    private static ImmutableArray<TextRun> Runs(ContainerInline? inlines)
    {
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        if (inlines is not null)
        {
            AddRuns(inlines, RunStyle.Plain, runs);
        }
        return Merge(runs);
    }

    private static void AddRuns(ContainerInline container, RunStyle style, ImmutableArray<TextRun>.Builder runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline { DelimiterCount: >= 2 } strong:
                    AddRuns(strong, RunStyle.Bold, runs);
                    break;
                // A 公文 prints the address of a link: "门户网站（http://…）", so nothing the user wrote is lost.
                case LinkInline link:
                    AddRuns(link, style, runs);
                    if (!string.IsNullOrEmpty(link.Url) && !string.Equals(PlainText(link), link.Url, StringComparison.Ordinal))
                    {
                        runs.Add(new TextRun($"（{link.Url}）", style));
                    }
                    break;
                case AutolinkInline autolink:
                    runs.Add(new TextRun(autolink.Url, style));
                    break;
                // A tag in prose is the user's text, not formatting: it is printed as written (README, "Templates").
                case HtmlInline html:
                    runs.Add(new TextRun(html.Tag, style));
                    break;
                case ContainerInline inner:
                    AddRuns(inner, style, runs);
                    break;
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), style));
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, style));
                    break;
                case LineBreakInline { IsHard: true }:
                    runs.Add(new TextRun(" ", style));
                    break;
                // A soft line break inside a Chinese paragraph joins the lines with nothing between them.
                case LineBreakInline:
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), style));
                    break;
            }
        }
    }

    private static ImmutableArray<TextRun> Merge(IEnumerable<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Style == run.Style)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }
        return [.. merged];
    }

    /// <summary>"（一）健全制度流程，推进公开规范化。始终将…": the first sentence becomes a 楷体 run (1. a bold one).</summary>
    private static ImmutableArray<TextRun> RunInHeading(ImmutableArray<TextRun> runs)
    {
        var text = string.Concat(runs.Select(r => r.Text));
        var match = RunIn().Match(text);
        if (!match.Success)
        {
            return runs;
        }
        var style = match.Groups["kai"].Success ? RunStyle.Heading2 : RunStyle.Heading3;
        var rest = text[match.Length..];
        return rest.Length == 0 ? [new TextRun(text, style)] : [new TextRun(match.Value, style), .. Tail(runs, match.Length)];
    }

    /// <summary>The runs after the first <paramref name="skip"/> characters, keeping their styles.</summary>
    private static IEnumerable<TextRun> Tail(ImmutableArray<TextRun> runs, int skip)
    {
        foreach (var run in runs)
        {
            if (skip >= run.Text.Length)
            {
                skip -= run.Text.Length;
                continue;
            }
            yield return run with { Text = run.Text[skip..] };
            skip = 0;
        }
    }

    private static string PlainText(ContainerInline? inlines) => string.Concat(Runs(inlines).Select(r => r.Text)).Trim();

    /// <summary>An item that opens with its own 公文 marker: 一是, （一）, 一、, （1）, 1., ①.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．、]|[①-⑳])")]
    private static partial Regex OwnMarker();

    [GeneratedRegex(@"^<!--\s*([a-z:_]+)\s*-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:(?<kai>（[一二三四五六七八九十]+）)|\d{1,2}[.．](?!\d))[^。！？\n]{1,40}[。！？]")]
    private static partial Regex RunIn();
}
