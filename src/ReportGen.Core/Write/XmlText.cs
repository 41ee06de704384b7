using System.Text;

namespace ReportGen.Write;

/// <summary>Text as it may go into a part: only what XML 1.0 allows, line ends as '\n'.</summary>
internal static class XmlText
{
    /// <summary>
    /// Drops control characters, unpaired surrogates and U+FFFE/U+FFFF. Input comes from user files;
    /// one stray byte must not make the whole package unreadable.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (IsAllowedSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '\r' || !IsAllowedSingle(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');

    /// <summary>
    /// Width in half 字 as GB/T 9704 counts it for the signature: a Times New Roman digit or other
    /// ASCII character is half a 字, anything else (CJK, full-width punctuation) a whole one.
    /// </summary>
    public static int HalfCharWidth(string text)
    {
        var width = 0;
        foreach (var rune in Clean(text).EnumerateRunes())
        {
            if (rune.Value is '\n' or '\t')
            {
                continue;
            }
            width += rune.Value < 0x80 ? 1 : 2;
        }
        return width;
    }
}
