using System.Collections.Frozen;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N03: section 五 left empty, "无", or one short sentence: what evaluators cite as
/// "存在的主要问题及改进情况未认真填写". A weakness, not an error. A section still holding init's
/// prompts is N02's finding, not this one.
/// </summary>
internal sealed class ProblemsSectionRule : IContentRule
{
    private const string Key = SectionKeys.Problems;

    /// <summary>Below this many characters the section cannot name a problem and what was done about it.</summary>
    private const int MinimumLength = 60;

    private static readonly FrozenSet<string> Nothing = FrozenSet.ToFrozenSet(
        ["无", "暂无", "没有", "无问题", "不存在", "无此情况", "无相关情况", "本年度无", "本年无", "无存在的主要问题"], StringComparer.Ordinal);

    private static readonly char[] Punctuation = ['。', '，', '；', '、', '：', '.', ',', ';', ':', '！', '!', '（', '）', '(', ')'];

    public IEnumerable<Diagnostic> Check(Report report)
    {
        var section = Prose.Section(Key);
        var narrative = report.Narratives.GetValueOrDefault(Key);
        if (narrative is not null && PlaceholderRule.IsPlaceholder(narrative.Text))
        {
            yield break;
        }
        var text = Prose.Compact(Prose.Masked(narrative?.Text ?? string.Empty));
        var bare = new string([.. text.Where(c => Array.IndexOf(Punctuation, c) < 0)]);
        var sentences = narrative is null ? 0 : Prose.Sentences(section, narrative).Count(s => Prose.Compact(s.Text).Length > 1);
        string? what = bare.Length == 0 ? "为空"
            : Nothing.Contains(bare) ? $"只写了“{text}”"
            : bare.Length < MinimumLength && sentences <= 1 ? $"只有一句话（“{Prose.Excerpt(text)}”，{bare.Length} 字）"
            : bare.Length < MinimumLength / 2 ? $"只有 {bare.Length} 字（“{Prose.Excerpt(text)}”）"
            : null;
        if (what is not null)
        {
            yield return new Diagnostic(RuleCatalog.N03, Prose.FileLocation(report, Key),
                $"{Prose.Name(section)}“{section.Heading[2..]}”{what}：评估中会被认定为“未认真填写”",
                $"请在 {section.NarrativeFile} 中写明本年度工作存在的具体问题，以及针对每个问题采取或将采取的改进措施");
        }
    }
}
