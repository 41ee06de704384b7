using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Validate.Content;

/// <summary>
/// S02: in a check of many agencies' reports, a section that is mostly another agency's (cross-unit
/// copying). Comparing every pair is quadratic; each text's 32 smallest shingle hashes are a uniform
/// sample of it (a bottom-k sketch), so only texts sharing sample hashes are compared exactly, and a
/// text is compared with at most <see cref="Compared"/> of them, those sharing the most.
/// </summary>
internal static class CrossUnitSimilarityRule
{
    private const int SketchSize = 32;

    /// <summary>A text inside one 5 times longer still shares about 6 of 32; fewer is noise.</summary>
    private const int MinimumShared = 3;

    private const int Compared = 3;

    public static ImmutableArray<CheckOutcome> Check(ImmutableArray<CheckOutcome> outcomes)
    {
        var reports = outcomes.Select((o, i) => (o.Report, Index: i)).Where(x => x.Report is not null).ToList();
        if (reports.Select(r => r.Report!.Metadata.Agency).Distinct().Count() < 2)
        {
            return outcomes;
        }
        var added = new List<Diagnostic>[outcomes.Length];
        foreach (var section in StatutoryFormat.Sections)
        {
            var texts = new List<(int Outcome, Report Report, ShingledText Text)>();
            foreach (var (report, index) in reports)
            {
                if (report!.Narratives.GetValueOrDefault(section.Key) is { } narrative && ShingledText.From(narrative) is { } text)
                {
                    texts.Add((index, report, text));
                }
            }
            var postings = new Dictionary<ulong, List<int>>();
            foreach (var (t, i) in texts.Select((t, i) => (t, i)))
            {
                foreach (var h in t.Text.Distinct.AsSpan(0, Math.Min(SketchSize, t.Text.Distinct.Length)))
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, h, out _);
                    (list ??= []).Add(i);
                }
            }
            var shared = new int[texts.Count];
            var touched = new List<int>();
            for (var i = 0; i < texts.Count; i++)
            {
                var (outcome, report, text) = texts[i];
                touched.Clear();
                foreach (var h in text.Distinct.AsSpan(0, Math.Min(SketchSize, text.Distinct.Length)))
                {
                    foreach (var j in postings[h])
                    {
                        if (j != i && shared[j]++ == 0)
                        {
                            touched.Add(j);
                        }
                    }
                }
                var best = touched
                    .Where(j => shared[j] >= MinimumShared && texts[j].Report.Metadata.Agency != report.Metadata.Agency)
                    .OrderByDescending(j => shared[j]).ThenBy(j => j).Take(Compared)
                    .Select(j => (j, Share: text.ContainedIn(texts[j].Text)))
                    .OrderByDescending(x => x.Share).ThenBy(x => x.j)
                    .FirstOrDefault(x => x.Share >= PreviousYearSimilarityRule.Threshold, (-1, 0));
                foreach (var j in touched)
                {
                    shared[j] = 0;
                }
                if (best.j >= 0)
                {
                    (added[outcome] ??= []).Add(Finding(section, text, texts[best.j].Report, texts[best.j].Text, best.Share));
                }
            }
        }
        return [.. outcomes.Select((o, i) => added[i] is { } more ? o with { Diagnostics = o.Diagnostics.AddRange(more) } : o)];
    }

    private static Diagnostic Finding(SectionSpec section, ShingledText text, Report other, ShingledText otherText, double share)
    {
        var (at, excerpt) = text.Passage(otherText);
        var (there, _) = otherText.Passage(text);
        var percent = (int)Math.Floor(share * 100);
        return new Diagnostic(RuleCatalog.S02, at,
            $"{Prose.Name(section)}“{section.Heading[2..]}”有 {percent}% 与{other.Metadata.Agency}（{there}）的同一部分相同，最相似的一段：“{excerpt}”",
            "各单位应按本单位的实际情况撰写；请核实是否套用了其他单位的文字")
        {
            Expected = 100 * (decimal)PreviousYearSimilarityRule.Threshold,
            Actual = percent,
        };
    }
}
