using System.Text.RegularExpressions;

namespace ReportGen.Import;

/// <summary>The agency and year a report's title names.</summary>
internal sealed record ReportTitle(string Agency, int Year, string Text)
{
    /// <summary>The title every report gets when none is given; a different one is kept as metadata.</summary>
    public bool IsStandard => Compact(Text) == Compact($"{Agency}{Year}年政府信息公开工作年度报告");

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>
/// Reads titles such as "聊城市文化和旅游局 2023年政府信息公开工作年度报告" or
/// "2023年度某某区人民政府政府信息公开工作年度报告": the year, and the agency around it.
/// </summary>
internal static partial class TitleLine
{
    /// <param name="before">A short paragraph before the title: titles set on two lines put the agency there.</param>
    public static ReportTitle? Parse(string title, string? before)
    {
        var text = TextShapes.StripEmphasis(title);
        // A crawler's or a page's labelled field: "标题: 某某区2022年度政府信息公开工作年度报告".
        var label = Label().Match(text);
        if (label.Success)
        {
            text = text[label.Length..];
        }
        var year = Year().Match(text);
        if (!year.Success)
        {
            return null;
        }
        var rest = text.Remove(year.Index, year.Length);
        // In "某某区人民政府政府信息公开…" the first match is the second 政府, so the agency stays whole.
        var end = rest.IndexOf("政府信息公开", StringComparison.Ordinal);
        end = end >= 0 ? end : rest.IndexOf("政务公开", StringComparison.Ordinal);
        end = end >= 0 ? end : rest.IndexOf("年度报告", StringComparison.Ordinal);
        var agency = (end >= 0 ? rest[..end] : rest).Trim().Trim('\u3000', '《', '》', '“', '”');
        if (agency.Length == 0 && before is { Length: > 0 and <= 40 } line && !line.Contains('。'))
        {
            agency = TextShapes.StripEmphasis(line);
        }
        return agency.Length == 0 ? null : new ReportTitle(agency, int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), text);
    }

    [GeneratedRegex(@"^(标题|题名|名称)\s*[:：]\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?")]
    private static partial Regex Year();
}
