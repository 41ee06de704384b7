using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// S01 (`check --previous`): a section whose prose is mostly last year's ("部分年报与去年的重复率竟达90%").
/// Each section against the same section of last year's report; a weakness, so a warning.
/// </summary>
internal static class PreviousYearSimilarityRule
{
    public const double Threshold = 0.8;

    public static ImmutableArray<Diagnostic> Check(Report current, Report previous)
    {
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var (section, narrative) in Prose.Sections(current))
        {
            if (previous.Narratives.GetValueOrDefault(section.Key) is not { } before
                || ShingledText.From(narrative) is not { } now || ShingledText.From(before) is not { } then)
            {
                continue;
            }
            var share = now.ContainedIn(then);
            if (share < Threshold)
            {
                continue;
            }
            var (at, excerpt) = now.Passage(then);
            var percent = (int)Math.Floor(share * 100);
            findings.Add(new Diagnostic(RuleCatalog.S01, at,
                $"{Prose.Name(section)}“{section.Heading[2..]}”有 {percent}% 与上年报告（{previous.Metadata.Year} 年）的同一部分相同，最相似的一段：“{excerpt}”"
                + (section.Key == SectionKeys.Problems ? "；评估中会被认定为“存在的主要问题及改进情况未认真填写”" : string.Empty),
                "请按本年度的实际情况重写这一部分，写出本年的新情况、新做法")
            {
                Expected = 100 * (decimal)Threshold,
                Actual = percent,
            });
        }
        return findings.ToImmutable();
    }
}
