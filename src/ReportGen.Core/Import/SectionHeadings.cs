using System.Text.RegularExpressions;
using ReportGen.Format;

namespace ReportGen.Import;

/// <summary>A heading recognised as one of the six sections, with the wording the agency used.</summary>
internal sealed record SectionHeading(SectionSpec Section, string Wording);

/// <summary>
/// Recognises the six section headings by what they are about (<see cref="SectionSpec.IsTopic"/>) rather
/// than by exact wording: agencies use the 条例's phrasing ("二、行政机关主动公开政府信息情况"), drop the
/// numeral (Word's automatic numbering is lost on copy) or add their own words.
/// </summary>
internal static partial class SectionHeadings
{
    public static SectionHeading? Match(string paragraph)
    {
        var text = TextShapes.StripEmphasis(paragraph);
        if (text.Length is 0 or > 45 || text.Contains('。') || text.Contains('，'))
        {
            return null;
        }
        // "（一）主动公开政府信息情况" is a sub-heading of section 一, however like a section it reads.
        if (SubNumeral().IsMatch(text))
        {
            return null;
        }
        var numbered = Numeral().Match(text);
        var topic = string.Concat((numbered.Success ? text[numbered.Length..] : text).Where(c => !char.IsWhiteSpace(c)));
        foreach (var section in StatutoryFormat.Sections)
        {
            if (section.IsTopic(topic))
            {
                // Without a numeral (lost automatic numbering) the section keeps its official one.
                var wording = numbered.Success ? $"{numbered.Groups[1].Value}、{topic}" : $"{section.Heading[..2]}{topic}";
                return new SectionHeading(section, wording);
            }
        }
        return null;
    }

    /// <summary>
    /// A whole page on one line (a crawler's text): its section headings stand inline ("… 二、主动公开政府信息情况第二十条…").
    /// Cut before each heading that opens a later section than the one before; the heading is the shortest
    /// text after the numeral that names a section's topic. A line with fewer than two such headings is left whole.
    /// </summary>
    public static List<string> SplitInline(string line)
    {
        var cuts = new List<(int Start, int End)>();
        var last = -1;
        foreach (Match m in InlineNumeral().Matches(line))
        {
            var start = m.Index + m.Length - 2;
            // The heading runs at most to the next space: the longest stretch of it that names a topic.
            var space = line.IndexOfAny([' ', '\u3000', '\t'], start);
            var limit = Math.Min(space < 0 ? line.Length : space, start + 45);
            for (var end = limit; end >= start + 4; end--)
            {
                if (Match(line[start..end]) is { } heading)
                {
                    if (StatutoryFormat.Sections.IndexOf(heading.Section) > last)
                    {
                        cuts.Add((start, end));
                        last = StatutoryFormat.Sections.IndexOf(heading.Section);
                    }
                    break;
                }
            }
        }
        if (cuts.Count < 2)
        {
            return [line];
        }
        var pieces = new List<string>();
        var at = 0;
        foreach (var (start, end) in cuts)
        {
            pieces.Add(line[at..start]);
            pieces.Add(line[start..end]);
            at = end;
        }
        pieces.Add(line[at..]);
        return [.. pieces.Select(p => p.Trim().Trim('\u3000')).Where(p => p.Length > 0)];
    }

    /// <summary>Whether the agency's wording differs from the 2021 heading beyond spacing and the numeral's mark.</summary>
    public static bool IsDefaultWording(SectionHeading heading) =>
        LabelMatcher.Normalise(heading.Wording) == LabelMatcher.Normalise(heading.Section.Heading);

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|^\d+\s*[.．、]")]
    private static partial Regex SubNumeral();

    [GeneratedRegex(@"(?:^|[\s。；！？])[一二三四五六七]、")]
    private static partial Regex InlineNumeral();

    [GeneratedRegex(@"^([一二三四五六七])\s*[、.．]\s*")]
    private static partial Regex Numeral();
}
