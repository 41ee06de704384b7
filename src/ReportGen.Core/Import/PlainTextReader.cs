using System.Collections.Immutable;
using System.Text;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// Reads a report as found on the web or produced by PDF-to-text: paragraphs separated by blank lines
/// (or hard-wrapped lines), markdown headings, table rows separated by tabs, "|" or runs of spaces.
/// Page footers are dropped and a paragraph that a page break split is joined again, each with a warning.
/// </summary>
internal sealed partial class PlainTextReader
{
    private enum LineKind
    {
        Blank,
        Gap,
        Text,
        Standalone,
        Row,
    }

    private sealed record Line(LineKind Kind, int Number, string Text, IReadOnlyList<string>? Cells, bool Indented);

    public SourceDocument Read(string file, string text, ImportFindings findings)
    {
        var lines = Classify(file, text, findings);
        var blocks = new List<SourceBlock>();
        var paragraph = new StringBuilder();
        var start = 0;
        var afterGap = false;
        var gapBefore = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                AddParagraph(blocks, paragraph.ToString(), new SourceLocation(file, start, 0), gapBefore, findings);
                paragraph.Clear();
            }
        }

        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank or LineKind.Gap:
                    Flush();
                    afterGap = true;
                    continue;
                case LineKind.Row:
                    Flush();
                    blocks.Add(new SourceTableRow(SourceRow.Of(line.Cells!, new SourceLocation(file, line.Number, 0))));
                    afterGap = false;
                    continue;
                case LineKind.Standalone:
                    Flush();
                    blocks.Add(new SourceParagraph(line.Text, new SourceLocation(file, line.Number, 0)));
                    afterGap = false;
                    continue;
            }
            var fresh = paragraph.Length == 0
                || ((line.Indented || TextShapes.StartsWithOutlineMark(line.Text)) && TextShapes.EndsSentence(paragraph.ToString()));
            if (fresh)
            {
                Flush();
                start = line.Number;
                gapBefore = afterGap;
                paragraph.Append(line.Text);
            }
            else
            {
                AppendWrapped(paragraph, line.Text);
            }
            afterGap = false;
        }
        Flush();
        return new SourceDocument(file, [.. blocks], "行");
    }

    /// <summary>
    /// A paragraph that follows a gap, after one that stopped mid-sentence, is the rest of that paragraph:
    /// the page break (and its footer) fell inside it.
    /// </summary>
    private static void AddParagraph(List<SourceBlock> blocks, string text, SourceLocation location, bool afterGap, ImportFindings findings)
    {
        if (afterGap && blocks.Count > 0 && blocks[^1] is SourceParagraph previous
            && !TextShapes.EndsSentence(previous.Text)
            && !TextShapes.StartsWithOutlineMark(text)
            && SectionHeadings.Match(previous.Text) is null && SectionHeadings.Match(text) is null
            && !LooksLikeTitle(previous.Text) && !IsShortHeading(previous.Text)
            && !TextShapes.IsBareLine(previous.Text) && !TextShapes.IsDateLine(text))
        {
            blocks[^1] = previous with { Text = Joined(previous.Text, text) };
            var tail = text.Length > 12 ? text[..12] + "…" : text;
            findings.Add(RuleCatalog.ImportRejoined, location,
                $"第 {previous.Location.Line} 行的段落在句中断开（分页所致），已与第 {location.Line} 行“{tail}”合并为一段",
                "如两段本应分开，请在导入后的说明文字中重新分段");
            return;
        }
        blocks.Add(new SourceParagraph(text, location));
    }

    /// <summary>Lines shorter than this cannot hold a whole page with its headings inline.</summary>
    private const int InlineMinimum = 200;

    private static List<Line> Classify(string file, string text, ImportFindings findings)
    {
        var result = new List<Line>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var pieces = raw.SelectMany((l, i) => l.Length > InlineMinimum
            ? SectionHeadings.SplitInline(l).Select(p => (Number: i + 1, Text: p)) : [(Number: i + 1, Text: l)]);
        foreach (var (number, piece) in pieces)
        {
            var line = piece.TrimStart('\uFEFF');
            var trimmed = line.Trim().Trim('\u3000');
            if (trimmed.Length == 0)
            {
                result.Add(new Line(LineKind.Blank, number, string.Empty, null, false));
            }
            else if (TextShapes.IsPageFooter(trimmed))
            {
                findings.Add(RuleCatalog.ImportPageArtefact, new SourceLocation(file, number, 0),
                    $"第 {number} 行“{trimmed}”是页码，已忽略", "页码、页眉页脚不属于报告内容");
                result.Add(new Line(LineKind.Gap, number, string.Empty, null, false));
            }
            else if (PipeCells(trimmed) is { } pipes)
            {
                if (!TextShapes.IsRuleLine(pipes))
                {
                    result.Add(new Line(LineKind.Row, number, trimmed, pipes, false));
                }
            }
            else if (line.TrimStart().Contains('\t'))
            {
                result.Add(new Line(LineKind.Row, number, trimmed, line.TrimEnd('\r', '\n', ' ').Split('\t'), false));
            }
            else if (TitleSecondLine(result, trimmed) is { } first)
            {
                // "2024 年上海市科委政府信息公开工作" / "年度报告": a title set on two lines is one title.
                result[first] = result[first] with { Kind = LineKind.Standalone, Text = TextShapes.StripEmphasis(result[first].Text + trimmed) };
            }
            else if (SectionHeadings.Match(trimmed) is not null || trimmed.StartsWith('#') || LooksLikeTitle(trimmed))
            {
                result.Add(new Line(LineKind.Standalone, number, TextShapes.StripEmphasis(trimmed), null, false));
            }
            else if (trimmed.Length <= 60 && TableStructure.IsStructure(trimmed))
            {
                result.Add(new Line(LineKind.Standalone, number, trimmed, null, false));
            }
            else if (TextShapes.SpaceSeparatedRow(trimmed) is { } spaced)
            {
                result.Add(new Line(LineKind.Row, number, trimmed, spaced, false));
            }
            else
            {
                var indented = line.StartsWith("  ", StringComparison.Ordinal) || line.StartsWith('\u3000') || line.StartsWith('\t');
                result.Add(new Line(LineKind.Text, number, trimmed, null, indented));
            }
        }
        DropPageFields(file, result, findings);
        return result;
    }

    /// <summary>
    /// A saved page's own fields above a rule ("发布时间: …", "原文链接: …", then "==== 正文 ===="): what the
    /// crawler recorded about the page, not the report. Dropped, once said; the title among them is kept.
    /// </summary>
    private static void DropPageFields(string file, List<Line> lines, ImportFindings findings)
    {
        var rule = lines.FindIndex(l => l.Kind == LineKind.Text && BodyRule().IsMatch(l.Text));
        if (rule < 0 || lines.Take(rule).Any(l => l.Kind == LineKind.Standalone && SectionHeadings.Match(l.Text) is not null))
        {
            return;
        }
        var dropped = Enumerable.Range(0, rule + 1).Where(i => lines[i].Kind is LineKind.Text or LineKind.Row && !LooksLikeTitle(lines[i].Text)).ToList();
        if (dropped.Count == 0)
        {
            return;
        }
        foreach (var i in dropped)
        {
            lines[i] = lines[i] with { Kind = LineKind.Blank, Text = string.Empty, Cells = null };
        }
        var (first, last) = (lines[dropped[0]].Number, lines[dropped[^1]].Number);
        findings.Add(RuleCatalog.ImportPageArtefact, new SourceLocation(file, first, 0),
            $"第 {first}–{last} 行是保存网页时记录的页面信息（发布时间、栏目、链接等）和分隔线，不是报告内容，已忽略", "页码、页眉页脚不属于报告内容");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[=＝\-—]{3,}\s*(正文|全文)\s*[=＝\-—]{3,}$")]
    private static partial System.Text.RegularExpressions.Regex BodyRule();

    private static List<string>? PipeCells(string line)
    {
        if (!line.StartsWith('|') && line.Count(c => c == '|') < 2)
        {
            return null;
        }
        var inner = line.Trim();
        inner = inner.StartsWith('|') ? inner[1..] : inner;
        inner = inner.EndsWith('|') ? inner[..^1] : inner;
        return [.. inner.Split('|')];
    }

    /// <summary>
    /// The index of the line a title's second half completes: a short line without a year that, after a
    /// line with the year and without a full stop, makes a title; null otherwise.
    /// </summary>
    private static int? TitleSecondLine(List<Line> lines, string line)
    {
        var i = lines.Count - 1;
        while (i >= 0 && lines[i].Kind == LineKind.Blank)
        {
            i--;
        }
        if (i < 0 || lines[i].Kind != LineKind.Text || line.Length > 12 || HasYear(line) || !LooksLikeTitle(line))
        {
            return null;
        }
        var first = lines[i].Text;
        return first.Length <= 48 && HasYear(first) && !first.Contains('。') && !LooksLikeTitle(first) && LooksLikeTitle(first + line) ? i : null;
    }

    private static bool HasYear(string text) => YearMark().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"(19|20)\d{2}\s*年")]
    private static partial System.Text.RegularExpressions.Regex YearMark();

    internal static bool LooksLikeTitle(string text)
    {
        var t = TextShapes.StripEmphasis(text);
        return t.Length <= 60 && t.Contains("年度报告") && !t.Contains('。');
    }

    /// <summary>A short line without a full stop, like "（一）健全制度流程": a sub-heading, never half a sentence.</summary>
    private static bool IsShortHeading(string text) =>
        TextShapes.StartsWithOutlineMark(text) && !text.Contains('。') && text.Length <= 30;

    private static void AppendWrapped(StringBuilder paragraph, string next)
    {
        // Chinese wraps without a space; Latin words and figures keep one.
        if (paragraph.Length > 0 && char.IsAsciiLetterOrDigit(paragraph[^1]) && next.Length > 0 && char.IsAsciiLetterOrDigit(next[0]))
        {
            paragraph.Append(' ');
        }
        paragraph.Append(next);
    }

    private static string Joined(string first, string rest)
    {
        var sb = new StringBuilder(first);
        AppendWrapped(sb, rest);
        return sb.ToString();
    }
}
