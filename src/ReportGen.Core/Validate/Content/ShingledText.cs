using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// A section's prose as overlapping 5-character shingles, for S01 and S02. Digits, white space,
/// punctuation and template expressions are dropped first, so changing a figure, re-wrapping a line
/// or re-punctuating a sentence does not hide a copy; a shingle is 64-bit hashed.
/// </summary>
internal sealed class ShingledText
{
    public const int Width = 5;

    /// <summary>Shorter prose ("无", one line) is N03's business: too little to call a copy.</summary>
    public const int MinimumLength = 50;

    private readonly int[] rawIndex;

    private ShingledText(NarrativeText narrative, int[] rawIndex, ulong[] positions, ulong[] distinct)
    {
        Narrative = narrative;
        this.rawIndex = rawIndex;
        Positions = positions;
        Distinct = distinct;
    }

    public NarrativeText Narrative { get; }

    /// <summary>The shingle hash at each position of the compacted text.</summary>
    public ulong[] Positions { get; }

    /// <summary>Every shingle hash once, ascending: the smallest are a uniform sample (a bottom-k sketch).</summary>
    public ulong[] Distinct { get; }

    public static ShingledText? From(NarrativeText narrative)
    {
        var text = Prose.Masked(narrative.Text);
        var kept = new char[text.Length];
        var index = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                kept[n] = c;
                index[n++] = i;
            }
        }
        if (n < MinimumLength)
        {
            return null;
        }
        var positions = new ulong[n - Width + 1];
        for (var i = 0; i < positions.Length; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var j = 0; j < Width; j++)
            {
                h = (h ^ kept[i + j]) * 0x100000001b3UL;
            }
            positions[i] = Mix(h);
        }
        var distinct = (ulong[])positions.Clone();
        Array.Sort(distinct);
        var m = distinct.Length == 0 ? 0 : 1;
        for (var i = 1; i < distinct.Length; i++)
        {
            if (distinct[i] != distinct[m - 1])
            {
                distinct[m++] = distinct[i];
            }
        }
        Array.Resize(ref distinct, m);
        return new ShingledText(narrative, index[..n], positions, distinct);
    }

    /// <summary>The share of this text's shingles that the other text has too.</summary>
    public double ContainedIn(ShingledText other)
    {
        var (a, b) = (Distinct, other.Distinct);
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return a.Length == 0 ? 0 : (double)common / a.Length;
    }

    /// <summary>The longest stretch of this text that the other has word for word: start index and length in the raw text.</summary>
    public (int Start, int Length) LongestSharedPassage(ShingledText other)
    {
        int bestStart = 0, bestLength = 0, runStart = 0, run = 0;
        for (var i = 0; i < Positions.Length; i++)
        {
            if (Array.BinarySearch(other.Distinct, Positions[i]) >= 0)
            {
                runStart = run == 0 ? i : runStart;
                run++;
                if (run > bestLength)
                {
                    (bestStart, bestLength) = (runStart, run);
                }
            }
            else
            {
                run = 0;
            }
        }
        if (bestLength == 0)
        {
            return (0, 0);
        }
        var start = rawIndex[bestStart];
        var end = rawIndex[bestStart + bestLength - 1 + Width - 1] + 1;
        return (start, end - start);
    }

    /// <summary>How a finding quotes a passage and where it points.</summary>
    public (SourceLocation At, string Excerpt) Passage(ShingledText other)
    {
        var (start, length) = LongestSharedPassage(other);
        return (NarrativeFacts.At(Narrative, start), Prose.Excerpt(Narrative.Text.Substring(start, length), 60));
    }

    /// <summary>splitmix64's finaliser: FNV's low bits are not uniform enough for a bottom-k sample.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
