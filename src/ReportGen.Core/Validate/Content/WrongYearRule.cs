using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// N01: an earlier year as what a sentence is about ("2022年，我局通过门户网站主动公开政府信息1200条"
/// in a 2023 report) is narrative carried over from last year's report. A year that is compared with
/// ("较2022年增长15%"), recalled beside the report year, or named inside a title is left alone.
/// </summary>
internal sealed partial class WrongYearRule : IContentRule
{
    [GeneratedRegex(@"(?<![0-9０-９])(?<year>(?:19|20)[0-9]{2})\s*年(?<du>度)?")]
    private static partial Regex Year();

    /// <summary>What stands before the year when the sentence is about that year: nothing, a list marker, or 截至.</summary>
    [GeneratedRegex(@"^\s*(?:(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+[.．、]|[-*>#]+)\s*)*(?<asof>截至|截止|截止到|截至到)?\s*$")]
    private static partial Regex Lead();

    /// <summary>What follows a year that is the subject: a comma, or the agency or the year's whole.</summary>
    [GeneratedRegex(@"^\s*(?:[，,]|我|本机关|本单位|全年|共|累计|全区|全市|全县|全镇|全乡|全省|底|末|1?[0-9]\s*月)")]
    private static partial Regex Subject();

    /// <summary>A comparison or a time span: the earlier year is named on purpose.</summary>
    [GeneratedRegex(@"较|比|同比|环比|相比|对比|增长|下降|减少|增加|提高|提升|降低|上升|持平|去年|上年|前年|以来|至今|此前|期间")]
    private static partial Regex Comparison();

    public IEnumerable<Diagnostic> Check(Report report)
    {
        var year = report.Metadata.Year;
        foreach (var sentence in Prose.Sentences(report))
        {
            foreach (Match match in Year().Matches(sentence.Text))
            {
                var stated = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (stated >= year || !Lead().IsMatch(sentence.Text.AsSpan(0, match.Index).ToString())
                    || !Subject().IsMatch(sentence.Text[(match.Index + match.Length)..])
                    || Comparison().IsMatch(sentence.Text) || Prose.MentionsReportYear(sentence, year))
                {
                    continue;
                }
                yield return new Diagnostic(RuleCatalog.N01, sentence.At(match.Index),
                    $"{Prose.Name(sentence.Section)}写的是 {stated} 年的情况（“{Prose.Excerpt(sentence.Text)}”），而报告年度为 {year} 年：像是沿用了上年报告的文字",
                    $"请改写为 {year} 年的情况（可写 {{{{ year }}}}年，随年度更新）；如确为回顾往年，请在同一句中写明与本年的比较")
                {
                    Expected = year,
                    Actual = stated,
                };
            }
        }
    }
}
