using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N02: a placeholder of the official template ("（文字描述）") or a prompt of `reportgen init`
/// ("（请填写……）") left in the prose or in report.json: the report was not finished.
/// </summary>
internal sealed partial class PlaceholderRule : IContentRule
{
    // A prompt asks the writer to do something; "（请见附件）" or "（请登录…）" in real prose does not.
    [GeneratedRegex(@"[（(]\s*(?:文字描述|请(?:填写|填|概述|补充|描述|说明|写明|简述|列举|输入|替换|按|根据|在此)[^（）()\n]{0,160})[）)]")]
    private static partial Regex Prompt();

    // The template's "收取信息处理费情况在此处报告". Kept apart from Prompt, and tried only where the words
    // occur: a pattern that opens with an optional run of any character is tried at every position of
    // every section, which made this one rule a tenth of a `check` (bench/README.md, "Start-up").
    private const string ReportHere = "在此处报告";

    [GeneratedRegex(@"[^。；\n（(]{0,30}在此处报告")]
    private static partial Regex ReportHerePhrase();

    /// <summary>Every placeholder in the text, in order, none overlapping.</summary>
    private static IEnumerable<Match> Placeholders(string text)
    {
        var prompts = Prompt().Matches(text).Cast<Match>();
        if (!text.Contains(ReportHere, StringComparison.Ordinal))
        {
            return prompts;
        }
        var end = 0;
        var merged = new List<Match>();
        foreach (var match in prompts.Concat(ReportHerePhrase().Matches(text)).OrderBy(m => m.Index))
        {
            if (match.Index >= end)
            {
                merged.Add(match);
                end = match.Index + match.Length;
            }
        }
        return merged;
    }

    public IEnumerable<Diagnostic> Check(Report report)
    {
        foreach (var (section, narrative) in Prose.Sections(report))
        {
            var text = Prose.Masked(narrative.Text);
            foreach (var match in Placeholders(text))
            {
                yield return Finding(NarrativeFacts.At(narrative, match.Index), $"{Prose.Name(section)}仍留有占位文字“{Prose.Excerpt(match.Value, 60)}”", match.Value);
            }
        }
        var m = report.Metadata;
        foreach (var (field, value) in new[] { ("title", m.Title), ("opening", m.Opening), ("agency", m.Agency) })
        {
            if (value is not null && Placeholders(value).FirstOrDefault() is { } match)
            {
                yield return Finding(Prose.MetadataLocation(report), $"report.json 的“{field}”仍留有占位文字“{Prose.Excerpt(match.Value, 60)}”", match.Value);
            }
        }
    }

    /// <summary>The whole report is only a draft while a prompt is left; the prompt itself says what to write.</summary>
    public static bool IsPlaceholder(string text) => Placeholders(text).Any();

    private static Diagnostic Finding(SourceLocation at, string message, string placeholder) =>
        new(RuleCatalog.N02, at, $"{message}，报告尚未写完",
            placeholder.Contains("文字描述", StringComparison.Ordinal)
                ? "“（文字描述）”是官方模板的占位符：请写出这一部分的实际情况，并删去占位符"
                : "请按括号中的提示写出实际情况，再删去整个括号");
}
