using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>
/// Which units a regional report sums (docs/format.md, "Aggregation"): `aggregate` records them in
/// report.json (`units`) and says them in section 一; a published copy keeps only the sentence, so
/// `aggregate --verify` reads them back from it. Written and read here, so the two cannot drift.
/// </summary>
internal static partial class RegionalUnits
{
    private const string Separator = "、";

    /// <summary>The sentence `aggregate` writes into 一、总体情况.</summary>
    public static string Sentence(IReadOnlyCollection<string> units, int year) =>
        $"本报告汇总了以下 {units.Count} 个单位{year}年度政府信息公开工作的统计数据：{string.Join(Separator, units)}。";

    /// <summary>
    /// The units a regional report records: report.json `units`, else those its overview names in the
    /// sentence above (a published file); empty when it records none.
    /// </summary>
    public static ImmutableArray<string> Of(Report report)
    {
        if (!report.Metadata.Units.IsDefaultOrEmpty)
        {
            return report.Metadata.Units;
        }
        var overview = report.Narratives.GetValueOrDefault(StatutoryFormat.Sections[0].Key)?.Text ?? string.Empty;
        // Publishing may wrap the sentence across lines or put spaces in it.
        var match = SentencePattern().Match(Regex.Replace(overview, @"\s+", string.Empty));
        return match.Success
            ? [.. match.Groups["units"].Value.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
    }

    /// <summary>How unit names are compared: a name typed with stray spaces is the same unit.</summary>
    public static string Key(string unit) => Regex.Replace(unit, @"\s+", string.Empty);

    [GeneratedRegex(@"本报告汇总了以下\d+个单位\d{4}年度政府信息公开工作的统计数据：(?<units>[^。]+)。")]
    private static partial Regex SentencePattern();
}
