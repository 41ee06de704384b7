using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tables;

internal enum CellTextKind
{
    Number,
    Placeholder,
    Invalid,
}

/// <param name="Problem">For an invalid cell: what is wrong and what to do, in Chinese.</param>
internal readonly record struct CellText(CellTextKind Kind, decimal Value, string? Problem, string? Hint);

/// <summary>Reads one figure the way people write them in Excel and WPS.</summary>
internal static partial class CellTextParser
{
    private static readonly string[] Placeholders = ["", "/", "／", "-", "－", "—", "——", "–", "\\"];

    // A number has a digit, ASCII or full-width (decimal parsing takes ASCII ones, and folding makes full-width ones ASCII).
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");

    public static CellText Parse(string raw)
    {
        var text = Fold(raw);
        if (Placeholders.Contains(text))
        {
            return new CellText(CellTextKind.Placeholder, 0m, null, null);
        }
        if (text.StartsWith('='))
        {
            return Invalid($"单元格是 Excel 公式“{raw.Trim()}”，不是数值",
                "请在 Excel 中复制该列后“选择性粘贴→数值”，再另存为 CSV");
        }
        if (ThousandsSeparated().IsMatch(text))
        {
            text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        if (!PlainNumber().IsMatch(text))
        {
            return Invalid($"“{raw.Trim()}”不是数字", "请只填写阿拉伯数字，不要带单位或文字；没有的填 0");
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Invalid($"“{raw.Trim()}”超出可表示的范围", "请核对该数值");
        }
        return new CellText(CellTextKind.Number, value, null, null);
    }

    /// <summary>
    /// The common case, ASCII digits and nothing else, without folding or regular expressions; gives the
    /// same value as <see cref="Parse"/> (a whole number, scale 0) and leaves everything else to it.
    /// </summary>
    public static bool TryParseDigits(string text, out decimal value)
    {
        // 18 digits always fit in a long.
        if (text.Length is 0 or > 18)
        {
            value = 0m;
            return false;
        }
        var whole = 0L;
        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                value = 0m;
                return false;
            }
            whole = (whole * 10) + (ch - '0');
        }
        value = whole;
        return true;
    }

    /// <summary>False when <see cref="Parse"/> cannot read a number from the text: it has no digit. Saves parsing header words.</summary>
    public static bool MayBeNumber(string text) => text.AsSpan().IndexOfAny(Digits) >= 0;

    private static CellText Invalid(string problem, string hint) => new(CellTextKind.Invalid, 0m, problem, hint);

    /// <summary>Full-width digits and signs become ASCII; surrounding spaces (any width) go.</summary>
    private static string Fold(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw.Trim().Trim('\u3000'))
        {
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)(ch - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '＋' => '+',
                '＝' => '=',
                _ => ch,
            });
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$")]
    private static partial Regex PlainNumber();
}
