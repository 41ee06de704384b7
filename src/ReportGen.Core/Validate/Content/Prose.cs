using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>A sentence of a narrative file: where it starts in the file's text, and its text with template spans blanked.</summary>
internal sealed record ProseSentence(SectionSpec Section, NarrativeText Narrative, int Start, string Text)
{
    public SourceLocation At(int offset) => NarrativeFacts.At(Narrative, Start + offset);
}

/// <summary>How the content rules read prose: by section and sentence, template expressions blanked so indexes stay real.</summary>
internal static class Prose
{
    private static readonly char[] SentenceBreaks = ['。', '；', ';', '！', '？', '!', '?', '\n'];

    /// <summary>A template span becomes this, as long as the span: it is no digit, no word and no punctuation.</summary>
    public const char Blank = '\u2063';

    /// <summary>Report year as a template writes it: "{{ year }}" is the report year by construction.</summary>
    public const string YearExpression = "year";

    public static IEnumerable<(SectionSpec Section, NarrativeText Narrative)> Sections(Report report)
    {
        foreach (var section in StatutoryFormat.Sections)
        {
            if (report.Narratives.GetValueOrDefault(section.Key) is { } narrative)
            {
                yield return (section, narrative);
            }
        }
    }

    /// <summary>"第一部分": how findings name a section.</summary>
    public static string Name(SectionSpec section) => $"第{section.Heading[0]}部分";

    public static SectionSpec Section(string key) => StatutoryFormat.Sections.First(s => s.Key == key);

    /// <summary>The text with every {{ … }} replaced by <see cref="Blank"/>s of the same length.</summary>
    public static string Masked(string text)
    {
        var spans = NarrativeScanner.TemplateSpans(text);
        if (spans.IsEmpty)
        {
            return text;
        }
        var chars = text.ToCharArray();
        foreach (var (start, end) in spans)
        {
            chars.AsSpan(start, end - start).Fill(Blank);
        }
        return new string(chars);
    }

    public static IEnumerable<ProseSentence> Sentences(Report report)
    {
        foreach (var (section, narrative) in Sections(report))
        {
            foreach (var sentence in Sentences(section, narrative))
            {
                yield return sentence;
            }
        }
    }

    public static IEnumerable<ProseSentence> Sentences(SectionSpec section, NarrativeText narrative)
    {
        var text = Masked(narrative.Text);
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(SentenceBreaks, start);
            end = end < 0 ? text.Length : end + 1;
            if (text.AsSpan(start, end - start).Trim().Length > 0)
            {
                yield return new ProseSentence(section, narrative, start, text[start..end]);
            }
            start = end;
        }
    }

    /// <summary>Whether the raw sentence mentions the report year: as digits, as "本年"/"今年", or as {{ year }}.</summary>
    public static bool MentionsReportYear(ProseSentence sentence, int year)
    {
        var raw = sentence.Narrative.Text.AsSpan(sentence.Start, sentence.Text.Length);
        return sentence.Text.Contains($"{year}年", StringComparison.Ordinal) || sentence.Text.Contains($"{year} 年", StringComparison.Ordinal)
            || sentence.Text.Contains("本年", StringComparison.Ordinal) || sentence.Text.Contains("今年", StringComparison.Ordinal)
            || raw.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).Contains("{{" + YearExpression + "}}", StringComparison.Ordinal);
    }

    /// <summary>The text without white space and Markdown marks, for length and equality tests.</summary>
    public static string Compact(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('#' or '*' or '>' or '`' or Blank))]);

    /// <summary>Where a finding about a whole narrative file points: its first line, or the path it would have.</summary>
    public static SourceLocation FileLocation(Report report, string sectionKey)
    {
        var section = Section(sectionKey);
        if (report.Narratives.GetValueOrDefault(sectionKey) is { } narrative)
        {
            return new SourceLocation(narrative.File, 1, 1);
        }
        return new SourceLocation(Beside(report, section.NarrativeFile), 0, 0);
    }

    /// <summary>report.json as findings name it.</summary>
    public static SourceLocation MetadataLocation(Report report) => new(report.Metadata.File, 0, 0);

    /// <summary>A file of the report folder by name, in the folder findings name.</summary>
    public static string Beside(Report report, string name)
    {
        var metadata = report.Metadata.File;
        return metadata[..^FolderLayout.MetadataFile.Length] + name;
    }

    public static ImmutableArray<string> Quote(IEnumerable<string> items) => [.. items.Select(i => $"“{i}”")];

    /// <summary>A short excerpt for a message: at most <paramref name="max"/> characters.</summary>
    public static string Excerpt(string text, int max = 40)
    {
        var t = text.Replace(Blank.ToString(), string.Empty, StringComparison.Ordinal).Trim();
        return t.Length <= max ? t : t[..max] + "…";
    }
}
