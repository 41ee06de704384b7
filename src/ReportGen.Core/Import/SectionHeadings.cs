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

    /// <summary>Whether the agency's wording differs from the 2021 heading beyond spacing and the numeral's mark.</summary>
    public static bool IsDefaultWording(SectionHeading heading) =>
        LabelMatcher.Normalise(heading.Wording) == LabelMatcher.Normalise(heading.Section.Heading);

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|^\d+\s*[.．、]")]
    private static partial Regex SubNumeral();

    [GeneratedRegex(@"^([一二三四五六七])\s*[、.．]\s*")]
    private static partial Regex Numeral();
}
