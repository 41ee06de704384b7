using System.Text;

namespace ReportGen.Format;

internal enum LabelMatchQuality
{
    /// <summary>The official label or the key, as written.</summary>
    Exact,

    /// <summary>Equal once spacing, parentheses, "1、" and the like are normalised.</summary>
    Normalised,

    /// <summary>A small typo of exactly one label (docs/format.md, "What published reports get wrong": "其他法律行政止公开").</summary>
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
/// A fixed list of candidates with what <see cref="LabelMatcher.Match{T}(string, LabelCandidates{T})"/>
/// derives from them computed once: the loaders match every line of every report against the same format,
/// so this is built once per format and shared (it is read-only after construction, so thread-safe).
/// </summary>
internal sealed class LabelCandidates<T> : IReadOnlyList<LabelCandidate<T>>
    where T : class
{
    private readonly LabelCandidate<T>[] candidates;

    // Per official label (ordinal): the first candidate it names exactly, as an official label or a spelling.
    private readonly Dictionary<string, int> byOfficial = new(StringComparer.Ordinal);

    // Per spelling (ignoring case): the first candidate that has it.
    private readonly Dictionary<string, int> bySpelling = new(StringComparer.OrdinalIgnoreCase);

    // Per normalised spelling: the one candidate it names, or -1 when it names several.
    private readonly Dictionary<string, int> byNormalised = new(StringComparer.Ordinal);

    public LabelCandidates(IEnumerable<LabelCandidate<T>> candidates)
    {
        this.candidates = [.. candidates];
        NormalisedSpellings = new string[this.candidates.Length][];
        NormalisedOfficial = new string[this.candidates.Length];
        for (var i = 0; i < this.candidates.Length; i++)
        {
            var c = this.candidates[i];
            byOfficial.TryAdd(c.Official, i);
            foreach (var s in c.Spellings)
            {
                bySpelling.TryAdd(s, i);
            }
            NormalisedSpellings[i] = [.. c.Spellings.Append(c.Official).Select(LabelMatcher.Normalise)];
            NormalisedOfficial[i] = LabelMatcher.Normalise(c.Official);
            foreach (var n in NormalisedSpellings[i])
            {
                if (!byNormalised.TryAdd(n, i) && byNormalised[n] != i)
                {
                    byNormalised[n] = -1;
                }
            }
        }
        foreach (var (official, index) in byOfficial.ToList())
        {
            if (bySpelling.TryGetValue(official, out var spelling) && spelling < index)
            {
                byOfficial[official] = spelling;
            }
        }
    }

    /// <summary>Per candidate, its spellings then its official label, normalised.</summary>
    internal string[][] NormalisedSpellings { get; }

    internal string[] NormalisedOfficial { get; }

    public int Count => candidates.Length;

    public LabelCandidate<T> this[int index] => candidates[index];

    public IEnumerator<LabelCandidate<T>> GetEnumerator() => ((IEnumerable<LabelCandidate<T>>)candidates).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first candidate the text names exactly, or -1.</summary>
    internal int ExactIndex(string trimmed)
    {
        // An official label (what files mostly hold) is answered by one ordinal lookup: its entry already
        // holds the earlier of it and any candidate spelling it ignoring case.
        if (byOfficial.TryGetValue(trimmed, out var official))
        {
            return official;
        }
        return bySpelling.TryGetValue(trimmed, out var spelling) ? spelling : -1;
    }

    /// <summary>The only candidate with a spelling that normalises to the text, or -1 (none or several).</summary>
    internal int NormalisedIndex(string normalised) => byNormalised.TryGetValue(normalised, out var i) ? i : -1;
}

/// <summary>
/// Matches a label a person typed (or a PDF converter mangled) to the official one. Real reports
/// write ASCII parentheses, "1、" for "1.", stray spaces and typos; those are accepted with a warning.
/// </summary>
internal static class LabelMatcher
{
    /// <summary>Matches against a list of candidates prepared on the spot; a fixed list is better prepared once (<see cref="LabelCandidates{T}"/>).</summary>
    public static LabelMatch<T> Match<T>(string text, IReadOnlyList<LabelCandidate<T>> candidates)
        where T : class =>
        Match(text, candidates as LabelCandidates<T> ?? new LabelCandidates<T>(candidates));

    /// <summary>
    /// Exact (the official label or a spelling), then normalised (only one candidate equal), then a typo
    /// (one nearest candidate within a quarter of its length); otherwise none, with the nearest label to suggest.
    /// </summary>
    public static LabelMatch<T> Match<T>(string text, LabelCandidates<T> candidates)
        where T : class
    {
        var trimmed = text.Trim();
        var exact = candidates.ExactIndex(trimmed);
        if (exact >= 0)
        {
            return new LabelMatch<T>(candidates[exact].Item, LabelMatchQuality.Exact, candidates[exact].Official);
        }

        var normalised = Normalise(trimmed);
        if (normalised.Length == 0)
        {
            return new LabelMatch<T>(null, LabelMatchQuality.None, null);
        }
        var equal = candidates.NormalisedIndex(normalised);
        if (equal >= 0)
        {
            return new LabelMatch<T>(candidates[equal].Item, LabelMatchQuality.Normalised, candidates[equal].Official);
        }
        if (candidates.Count == 0)
        {
            return new LabelMatch<T>(null, LabelMatchQuality.None, null);
        }

        // The first candidate at the least distance wins.
        var best = -1;
        var bestDistance = int.MaxValue;
        var secondDistance = int.MaxValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            var distance = int.MaxValue;
            foreach (var s in candidates.NormalisedSpellings[i])
            {
                distance = Math.Min(distance, Distance(s, normalised));
            }
            if (distance < bestDistance)
            {
                secondDistance = bestDistance;
                bestDistance = distance;
                best = i;
            }
            else if (distance < secondDistance)
            {
                secondDistance = distance;
            }
        }
        var unique = candidates.Count == 1 || secondDistance > bestDistance;
        var allowed = Math.Max(1, candidates.NormalisedOfficial[best].Length / 4);
        if (unique && bestDistance <= allowed && normalised.Length >= 2)
        {
            return new LabelMatch<T>(candidates[best].Item, LabelMatchQuality.Typo, candidates[best].Official);
        }
        var near = bestDistance <= Math.Max(2, normalised.Length / 2) ? candidates[best].Official : null;
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
