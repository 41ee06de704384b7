using System.Text;

namespace ReportGen.Format;

internal enum LabelMatchQuality
{
    /// <summary>The official label or the key, as written.</summary>
    Exact,

    /// <summary>Equal once spacing, parentheses, "1、" and the like are normalised.</summary>
    Normalised,

    /// <summary>A small typo of exactly one label (format.md §8: "其他法律行政止公开").</summary>
    Typo,

    None,
}

/// <param name="Suggestion">The official label to suggest: the match, or the nearest label when none matched.</param>
internal sealed record LabelMatch<T>(T? Item, LabelMatchQuality Quality, string? Suggestion)
    where T : class;

/// <summary>One thing a label can name, with every spelling that names it exactly.</summary>
internal sealed record LabelCandidate<T>(T Item, string Official, IReadOnlyList<string> Spellings)
    where T : class;

/// <summary>
/// Matches a label a person typed (or a PDF converter mangled) to the official one. Real reports
/// write ASCII parentheses, "1、" for "1.", stray spaces and typos; those are accepted with a warning.
/// </summary>
internal static class LabelMatcher
{
    public static LabelMatch<T> Match<T>(string text, IReadOnlyList<LabelCandidate<T>> candidates)
        where T : class
    {
        var trimmed = text.Trim();
        foreach (var c in candidates)
        {
            if (c.Official == trimmed || c.Spellings.Any(s => string.Equals(s, trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return new LabelMatch<T>(c.Item, LabelMatchQuality.Exact, c.Official);
            }
        }

        var normalised = Normalise(trimmed);
        if (normalised.Length == 0)
        {
            return new LabelMatch<T>(null, LabelMatchQuality.None, null);
        }
        var equal = candidates.Where(c => c.Spellings.Append(c.Official).Any(s => Normalise(s) == normalised)).ToList();
        if (equal.Count == 1)
        {
            return new LabelMatch<T>(equal[0].Item, LabelMatchQuality.Normalised, equal[0].Official);
        }

        var ranked = candidates
            .Select(c => (Candidate: c, Distance: c.Spellings.Append(c.Official).Min(s => Distance(Normalise(s), normalised))))
            .OrderBy(x => x.Distance)
            .ToList();
        if (ranked.Count == 0)
        {
            return new LabelMatch<T>(null, LabelMatchQuality.None, null);
        }
        var best = ranked[0];
        var unique = ranked.Count == 1 || ranked[1].Distance > best.Distance;
        var allowed = Math.Max(1, Normalise(best.Candidate.Official).Length / 4);
        if (unique && best.Distance <= allowed && normalised.Length >= 2)
        {
            return new LabelMatch<T>(best.Candidate.Item, LabelMatchQuality.Typo, best.Candidate.Official);
        }
        var near = best.Distance <= Math.Max(2, normalised.Length / 2) ? best.Candidate.Official : null;
        return new LabelMatch<T>(null, LabelMatchQuality.None, near);
    }

    /// <summary>Folds what varies without changing meaning: spaces, width, parentheses, list marks, quotes, path separators.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var ch = raw switch
            {
                >= '０' and <= '９' => (char)(raw - '０' + '0'),
                '(' => '（',
                ')' => '）',
                ':' => '：',
                ',' => '，',
                '．' or '、' => '.',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(ch) || ch is '"' or '“' or '”' or '\'' or '‘' or '’' or '/' or '|' or '·' or '-' or '_' or '—')
            {
                continue;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Levenshtein distance; labels are short, so the quadratic table is fine.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
