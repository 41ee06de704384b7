using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Format;

namespace ReportGen.Validate;

/// <summary>A figure of the prose tied to a phrase: "无法提供 265 件" → (无法提供, 265, index of "265").</summary>
internal sealed record FigureMention(NarrativePhrase Phrase, decimal Value, string Unit, int Index);

/// <summary>"均获维持" at an index, and the 表四 rows the sentence talks about.</summary>
internal sealed record UpheldClaim(string Claim, int Index, ImmutableArray<string> Rows);

/// <summary>
/// Reads the raw narrative text (not the rendered one) so every index is a real position in the
/// file. Template expressions are skipped: a figure the template prints cannot contradict the table.
/// </summary>
internal static partial class NarrativeScanner
{
    /// <summary>"申请 5 件" fits; a phrase further away from its figure is usually about something else.</summary>
    private const int MaxGap = 12;

    /// <summary>A figure tied to a phrase must be in the same clause.</summary>
    private static readonly char[] ClauseBreaks = ['。', '；', ';', '，', ',', '、', '！', '？', '!', '?', '\n'];

    private static readonly char[] SentenceBreaks = ['。', '；', ';', '！', '？', '!', '?', '\n'];

    private static readonly ImmutableArray<(NarrativePhrase Phrase, PhraseWord Word)> Words =
        [.. NarrativeFigures.Phrases.SelectMany(p => p.Words.Select(w => (p, w))).OrderByDescending(x => x.w.Text.Length)];

    // Trying every word at every character was most of R9's time; only words starting with the
    // character can match, and each bucket keeps the longest-first order of Words.
    private static readonly FrozenDictionary<char, (NarrativePhrase Phrase, PhraseWord Word)[]> WordsByFirstChar =
        Words.Where(w => w.Word.Text.Length > 0)
            .GroupBy(w => w.Word.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // Most characters of the prose start no word; one bit per UTF-16 code unit (8 KB) rules them out
    // with a load and a shift. SearchValues over these CJK characters fell back to a probabilistic map
    // that cost more than the dictionary it was meant to spare.
    private static readonly ulong[] StartsWord = FirstCharBits();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateSpan();

    // Counts only: a unit of 件/起/宗/个 rules out years (2023年), percentages, dates and 第N号;
    // "第 3 件" is an ordinal and "15 个工作日" a time limit.
    [GeneratedRegex(@"(?<![0-9.．])(?<!第\s*)(?<value>[0-9]+)\s*(?<unit>件|起|宗|个(?!工作日|月|小时|百分点|人))")]
    private static partial Regex Figure();

    /// <summary>A text's template spans and phrase tokens, found once and read by every R9 scan of it.</summary>
    public static ScannedText Scan(string text)
    {
        var spans = TemplateSpans(text);
        return new ScannedText(text, spans, Tokens(text, spans));
    }

    public static ImmutableArray<(int Start, int End)> TemplateSpans(string text)
    {
        var spans = ImmutableArray.CreateBuilder<(int Start, int End)>();
        foreach (var match in TemplateSpan().EnumerateMatches(text))
        {
            spans.Add((match.Index, match.Index + match.Length));
        }
        return spans.ToImmutable();
    }

    public static ImmutableArray<FigureMention> Figures(ScannedText scanned)
    {
        var (text, spans, tokens) = scanned;
        var result = ImmutableArray.CreateBuilder<FigureMention>();
        if (tokens.IsEmpty)
        {
            // A figure counts only after a phrase.
            return result.ToImmutable();
        }
        // Matches come in text order, so the tokens that end before each one only grow.
        var ended = 0;
        for (var match = Figure().Match(text); match.Success; match = match.NextMatch())
        {
            var value = match.Groups["value"];
            while (ended < tokens.Length && tokens[ended].End <= match.Index)
            {
                ended++;
            }
            if (Inside(spans, match.Index) || ended == 0)
            {
                continue;
            }
            // The last token that ends before the figure.
            var token = tokens[ended - 1];
            var clauseStart = text.LastIndexOfAny(ClauseBreaks, Math.Max(match.Index - 1, 0)) + 1;
            var gap = text.AsSpan(token.End, match.Index - token.End);
            if (token.Start < clauseStart || gap.Length > MaxGap || gap.ContainsAnyInRange('0', '9')
                || gap.Contains("{{", StringComparison.Ordinal) || gap.Contains(NarrativeFigures.SubCountWord, StringComparison.Ordinal))
            {
                continue;
            }
            if (token.Word.Qualified)
            {
                continue;
            }
            if (token.Word.SentenceMustMention is { } must && !SentenceSpan(text, token.Start, match.Index).Contains(must, StringComparison.Ordinal))
            {
                continue;
            }
            // More digits than a decimal holds is no count of any table: compare it as the largest value, so R9 still names it.
            var figure = decimal.TryParse(value.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : decimal.MaxValue;
            result.Add(new FigureMention(token.Phrase, figure, match.Groups["unit"].Value, value.Index));
        }
        return result.ToImmutable();
    }

    public static ImmutableArray<UpheldClaim> UpheldClaims(ScannedText scanned)
    {
        var (text, spans, tokens) = scanned;
        var review = NarrativeFigures.Review;
        var litigation = NarrativeFigures.Litigation;
        var result = ImmutableArray.CreateBuilder<UpheldClaim>();
        foreach (var claim in NarrativeFigures.AllUpheldClaims)
        {
            for (var at = text.IndexOf(claim, StringComparison.Ordinal); at >= 0; at = text.IndexOf(claim, at + claim.Length, StringComparison.Ordinal))
            {
                if (Inside(spans, at))
                {
                    continue;
                }
                // "行政复议均获维持" speaks of reviews only; with neither named, of every case in 表四.
                var start = SentenceStart(text, at);
                var named = tokens.Where(t => t.Start >= start && t.End <= at && (t.Phrase == review || t.Phrase == litigation))
                    .SelectMany(t => t.Phrase.Cells.Select(c => c.Row)).Distinct().ToImmutableArray();
                result.Add(new UpheldClaim(claim, at, named.IsEmpty ? [.. review.Table.Rows.Select(r => r.Key)] : named));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Leftmost-longest: "结转下年度继续办理" is one token, not 结转下年度 plus 办理.</summary>
    private static ImmutableArray<Token> Tokens(string text, ImmutableArray<(int Start, int End)> spans)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        // Spans are in text order and do not overlap; `span` is the first that starts at or after i.
        var span = 0;
        for (var i = 0; i < text.Length;)
        {
            while (span < spans.Length && spans[span].Start < i)
            {
                span++;
            }
            if (span < spans.Length && spans[span].Start == i)
            {
                i = spans[span].End;
                continue;
            }
            // No word starts before the next character that begins one, and a search stops at the next span.
            var limit = span < spans.Length ? spans[span].Start : text.Length;
            while (i < limit && (StartsWord[text[i] >> 6] & (1UL << (text[i] & 63))) == 0)
            {
                i++;
            }
            if (i == limit)
            {
                continue;
            }
            var hit = Match(text, i);
            if (hit.Phrase is null || hit.Word is null)
            {
                i++;
                continue;
            }
            tokens.Add(new Token(hit.Phrase, hit.Word, i, i + hit.Word.Text.Length));
            i += hit.Word.Text.Length;
        }
        return tokens.ToImmutable();
    }

    private static ulong[] FirstCharBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in WordsByFirstChar.Keys)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }
        return bits;
    }

    private static (NarrativePhrase Phrase, PhraseWord Word) Match(string text, int at)
    {
        if (WordsByFirstChar.TryGetValue(text[at], out var candidates))
        {
            var rest = text.AsSpan(at);
            foreach (var candidate in candidates)
            {
                if (rest.StartsWith(candidate.Word.Text, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }
        return default;
    }

    private static bool Inside(ImmutableArray<(int Start, int End)> spans, int index)
    {
        foreach (var (start, end) in spans)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }
        return false;
    }

    internal static int SentenceStart(string text, int index) => index == 0 ? 0 : text.LastIndexOfAny(SentenceBreaks, index - 1) + 1;

    internal static ReadOnlySpan<char> SentenceSpan(string text, int from, int to)
    {
        var end = text.IndexOfAny(SentenceBreaks, to);
        var start = SentenceStart(text, from);
        return text.AsSpan()[start..(end < 0 ? text.Length : end)];
    }

    internal sealed record Token(NarrativePhrase Phrase, PhraseWord Word, int Start, int End);
}

/// <summary>A narrative text with its template spans and phrase tokens, in text order.</summary>
internal sealed record ScannedText(string Text, ImmutableArray<(int Start, int End)> Spans, ImmutableArray<NarrativeScanner.Token> Tokens);
