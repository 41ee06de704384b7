using System.Buffers;
using System.Text;

namespace ReportGen.Findings;

/// <summary>
/// Text from inputs (file names, labels, agency names) echoed in a message: control characters and
/// bidirectional overrides become visible escapes, so a terminal escape sequence, a line that a CI log
/// would read as a workflow command ("\n::error::"), or reversed text cannot ride along.
/// </summary>
internal static class SafeText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\u007F', .. Enumerable.Range(0x80, 0x20).Select(i => (char)i),
         '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    public static string Of(string text)
    {
        if (text.AsSpan().IndexOfAny(Unsafe) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (Unsafe.Contains(ch))
            {
                sb.Append($"\\u{(int)ch:X4}");
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
