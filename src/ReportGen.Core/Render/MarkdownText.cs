using System.Buffers;
using System.Text;

namespace ReportGen.Render;

/// <summary>
/// Text that must reach the document as written, not be read as Markdown: metadata (agency, title,
/// headings) and literal narrative files. Every ASCII punctuation character gets a backslash, which
/// Markdown turns back into that very character, so "*x*", "&amp;amp;", "&lt;b&gt;" and "# x" stay what they are.
/// </summary>
internal static class MarkdownText
{
    private static readonly SearchValues<char> Punctuation = SearchValues.Create("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

    /// <summary>The first line of a narrative file that is plain text, never run as a template nor read as Markdown.</summary>
    public const string LiteralMarker = "<!-- literal -->";

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Punctuation) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (Punctuation.Contains(ch))
            {
                sb.Append('\\');
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    public static bool IsLiteral(string narrative) => narrative.StartsWith(LiteralMarker, StringComparison.Ordinal);

    /// <summary>The text of a literal narrative file without its marker line.</summary>
    public static string LiteralBody(string narrative)
    {
        var body = narrative.AsSpan(LiteralMarker.Length);
        return (body.StartsWith("\r\n") ? body[2..] : body.StartsWith("\n") ? body[1..] : body).ToString();
    }

    /// <summary>How the tool writes narrative it did not author (import, aggregate): literal, so it comes out of `build` as it went in.</summary>
    public static string AsLiteral(string text) => IsLiteral(text) ? text : $"{LiteralMarker}\n{text}";
}
