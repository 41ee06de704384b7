using System.Buffers;
using System.Text;

namespace ReportGen.Folders;

/// <summary>
/// Writes CSV records by hand (RFC 4180 quoting, LF line ends) so that the writer does not depend on
/// CsvHelper's reflection-based writer; reading stays in Load/.
/// </summary>
internal static class CsvText
{
    // ";", tab and "|" are quoted too: the loader guesses the separator and must not be misled.
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n;\t|");

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote));

    public static string Quote(string cell)
    {
        var needs = cell.Length > 0 && (cell.AsSpan().IndexOfAny(Special) >= 0 || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]));
        if (!needs)
        {
            return cell;
        }
        var sb = new StringBuilder(cell.Length + 2).Append('"');
        foreach (var ch in cell)
        {
            sb.Append(ch == '"' ? "\"\"" : ch.ToString());
        }
        return sb.Append('"').ToString();
    }
}
