using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Format;

namespace ReportGen.Validate;

/// <summary>A date range as the text states it; a year written as {{ year }} is the report year.</summary>
internal sealed record StatedPeriod(string Text, int Index, int StartYear, int StartMonth, int StartDay, int EndYear, int EndMonth, int EndDay)
{
    public bool IsWholeYear(int year) =>
        StartYear == year && StartMonth == 1 && StartDay == 1 && EndYear == year && EndMonth == 12 && EndDay == 31;
}

/// <summary>Finds the statistical period (R10): "统计期限从2023年1月1日到2023年12月31日".</summary>
internal static partial class PeriodScanner
{
    [GeneratedRegex(@"(?<y1>[0-9]{4}|\{\{\s*year\s*\}\})\s*年\s*(?<m1>[0-9]{1,2})\s*月\s*(?<d1>[0-9]{1,2})\s*日\s*(?:起\s*)?(?:至|到|—+|－|-|~|～)\s*(?:(?<y2>[0-9]{4}|\{\{\s*year\s*\}\})\s*年\s*)?(?<m2>[0-9]{1,2})\s*月\s*(?<d2>[0-9]{1,2})\s*日")]
    private static partial Regex DateRange();

    public static ImmutableArray<StatedPeriod> Periods(string text, int year)
    {
        var result = ImmutableArray.CreateBuilder<StatedPeriod>();
        // Without the word anywhere no sentence has it: the text need not be searched for dates.
        if (!text.Contains(NarrativeFigures.PeriodWord, StringComparison.Ordinal))
        {
            return result.ToImmutable();
        }
        foreach (Match m in DateRange().Matches(text))
        {
            // Activities have date ranges too ("3月1日至3月31日开展政府开放月"); only the statistical period is checked.
            if (!NarrativeScanner.SentenceSpan(text, m.Index, m.Index + m.Length).Contains(NarrativeFigures.PeriodWord, StringComparison.Ordinal))
            {
                continue;
            }
            int Int(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            int Year(string group) => m.Groups[group].Value is { Length: 4 } y && char.IsAsciiDigit(y[0]) ? int.Parse(y, CultureInfo.InvariantCulture) : year;
            var startYear = Year("y1");
            var endYear = m.Groups["y2"].Success ? Year("y2") : startYear;
            result.Add(new StatedPeriod(m.Value, m.Index, startYear, Int("m1"), Int("d1"), endYear, Int("m2"), Int("d2")));
        }
        return result.ToImmutable();
    }
}
