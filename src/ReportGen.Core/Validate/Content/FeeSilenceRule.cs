using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N04: section 六 says nothing of the 信息处理费; the official template puts "收取信息处理费情况在此处报告"
/// there, so a report that charged nothing says so too. Incomplete rather than wrong: a warning.
/// </summary>
internal sealed class FeeSilenceRule : IContentRule
{
    private const string Key = SectionKeys.Other;

    /// <summary>Any of these shows the fee was reported on, charged or not.</summary>
    internal static readonly string[] FeeWords = ["信息处理费", "处理费", "收费", "收取费用", "费用"];

    /// <summary>The 信息处理费 exists since 国办函〔2020〕109号 took effect on 1 January 2021; earlier reports had nothing to say.</summary>
    private const int FirstFeeYear = 2021;

    public IEnumerable<Diagnostic> Check(Report report)
    {
        if (report.Metadata.Year < FirstFeeYear)
        {
            yield break;
        }
        var text = report.Narratives.GetValueOrDefault(Key)?.Text ?? string.Empty;
        if (FeeWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            yield break;
        }
        var section = Prose.Section(Key);
        yield return new Diagnostic(RuleCatalog.N04, Prose.FileLocation(report, Key),
            $"{Prose.Name(section)}“{section.Heading[2..]}”没有报告收取信息处理费的情况",
            $"请在 {section.NarrativeFile} 中写明本年度依申请公开收取信息处理费的情况（发出收费通知的件数、收取金额；未收取的写明未收取）");
    }
}
