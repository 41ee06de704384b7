using System.Text.RegularExpressions;
using ReportGen.Load;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>The shapes of lines and paragraphs that published reports (and PDF-to-text) produce.</summary>
internal static partial class TextShapes
{
    /// <summary>"-3-", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10": a page number, never content.</summary>
    public static bool IsPageFooter(string line)
    {
        var text = line.Trim().Trim('\u3000');
        return DashedPageNumber().IsMatch(text) || WrittenPageNumber().IsMatch(text) || PageOfPages().IsMatch(text);
    }

    /// <summary>A paragraph starts afresh with an outline mark: "一、", "（一）", "(1)", "1.", "1、".</summary>
    public static bool StartsWithOutlineMark(string text) => OutlineMark().IsMatch(StripEmphasis(text));

    /// <summary>
    /// Whether a paragraph ends as a sentence does. One that does not, followed by a gap, was split
    /// by a page break: the PDF put the rest of the sentence on the next page.
    /// </summary>
    public static bool EndsSentence(string text)
    {
        var t = StripEmphasis(text).TrimEnd();
        if (t.Length == 0)
        {
            return true;
        }
        const string Terminal = "。！？!?；;：:…";
        const string Closers = "”’）)」』】》\"";
        var last = t[^1];
        if (Terminal.Contains(last))
        {
            return true;
        }
        return Closers.Contains(last) && t.Length >= 2 && (Terminal.Contains(t[^2]) || Closers.Contains(t[^2]));
    }

    /// <summary>Markdown emphasis and heading marks around a line, which carry no words.</summary>
    public static string StripEmphasis(string text)
    {
        var t = text.Trim().Trim('\u3000').TrimStart('#').Trim();
        while (t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal) && t.Length >= 4)
        {
            t = t[2..^2].Trim();
        }
        return t.TrimStart('*').Trim();
    }

    /// <summary>A short line without any punctuation, like a signature's agency name: a line of its own, not half a sentence.</summary>
    public static bool IsBareLine(string text)
    {
        var t = StripEmphasis(text);
        return t.Length <= 20 && !t.Any(char.IsPunctuation);
    }

    /// <summary>"2024年1月18日" on its own: the date of the signature.</summary>
    public static bool IsDateLine(string text) => DateLine().IsMatch(StripEmphasis(text));

    public static Match MatchDateLine(string text) => DateLine().Match(StripEmphasis(text));

    /// <summary>A markdown table separator ("|---|:---:|") or a rule line: layout only.</summary>
    public static bool IsRuleLine(IReadOnlyList<string> cells) =>
        cells.Count > 0 && cells.All(c => c.Trim().Length == 0 || RuleCell().IsMatch(c.Trim()))
        && cells.Any(c => c.Trim().Length > 0);

    /// <summary>
    /// A row that PDF-to-text laid out with spaces only: a short label followed by figures
    /// ("规章 0 0 0"). Prose never ends in a run of bare figures without a unit.
    /// </summary>
    public static List<string>? SpaceSeparatedRow(string line)
    {
        var tokens = line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || line.Contains('。'))
        {
            return null;
        }
        var figures = 0;
        while (figures < tokens.Length && IsFigure(tokens[^(figures + 1)]))
        {
            figures++;
        }
        var label = string.Join(' ', tokens[..^figures]);
        if (figures == 0 || label.Length > 60 || (figures == 1 && label.Length == 0))
        {
            return null;
        }
        return label.Length == 0 ? [.. tokens] : [label, .. tokens[^figures..]];
    }

    public static bool IsFigure(string cell) => CellTextParser.Parse(cell).Kind == CellTextKind.Number
        || (cell.Trim().Length > 0 && CellTextParser.Parse(cell).Kind == CellTextKind.Placeholder);

    /// <summary>A figure or a blank/“/”/“—” cell: what stands in a value column.</summary>
    public static bool IsValueLike(string cell) => CellTextParser.Parse(cell).Kind != CellTextKind.Invalid;

    [GeneratedRegex(@"^[-－—–~～]+\s*\d{1,4}\s*[-－—–~～]+$")]
    private static partial Regex DashedPageNumber();

    [GeneratedRegex(@"^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$")]
    private static partial Regex WrittenPageNumber();

    [GeneratedRegex(@"^\d{1,3}\s*/\s*\d{1,3}$")]
    private static partial Regex PageOfPages();

    [GeneratedRegex(@"^([（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、．]|\d+\.(?!\d))")]
    private static partial Regex OutlineMark();

    [GeneratedRegex(@"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex RuleCell();
}
