using System.Text;

namespace ReportGen.Write;

/// <summary>Text as it goes into an HTML page: escaped, line ends as &lt;br&gt;, nothing HTML5 calls a parse error.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for element content and for a quoted attribute value.</summary>
    public static void Append(StringBuilder html, string text)
    {
        // XmlText drops C0 controls, lone surrogates and U+FFFE/U+FFFF; HTML5 also forbids DEL, the C1
        // controls and the noncharacters U+FDD0–U+FDEF in the input stream.
        foreach (var c in XmlText.Clean(text))
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\n': html.Append("<br>"); break;
                case >= '\u007F' and <= '\u009F':
                case >= '\uFDD0' and <= '\uFDEF':
                    break;
                default: html.Append(c); break;
            }
        }
    }
}
