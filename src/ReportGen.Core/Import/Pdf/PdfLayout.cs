using System.Text;
using ReportGen.Model;

namespace ReportGen.Import.Pdf;

/// <summary>
/// Turns positioned words into the importer's source document. Running text is set in the body size
/// with words close together; a table is set smaller or has wide gaps between its cells. Running lines
/// become paragraphs (a new one at an indent, a centred line, or after a short line); each run of table
/// lines becomes rows rebuilt from geometry by <see cref="PdfTable"/>. Page numbers are dropped.
/// Locations are pages ("第 4 页").
/// </summary>
internal static class PdfLayout
{
    public static SourceDocument Build(string file, IReadOnlyList<PdfPage> pages)
    {
        var lines = pages.SelectMany(PdfLine.Of).Where(l => !TextShapes.IsPageFooter(l.Text)).ToList();
        var body = BodyHeight(lines);
        var table = lines.Select(l => IsTableLine(l, body)).ToArray();
        // A short line between two table lines (a label set in the body size) belongs to the table.
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (!table[i] && table[i - 1] && table[i + 1] && SectionHeadings.Match(lines[i].Text) is null && lines[i].Right - lines[i].Left < 12 * body)
            {
                table[i] = true;
            }
        }
        var margins = Margins(lines.Where((_, i) => !table[i]).ToList());
        var blocks = new List<SourceBlock>();
        var paragraph = new StringBuilder();
        PdfLine? previous = null;
        SourceLocation? start = null;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new SourceParagraph(paragraph.ToString(), start!));
                paragraph.Clear();
            }
            previous = null;
        }

        for (var i = 0; i < lines.Count;)
        {
            if (table[i])
            {
                Flush();
                var end = i;
                while (end < lines.Count && table[end])
                {
                    end++;
                }
                blocks.AddRange(PdfTable.Rows(file, lines.GetRange(i, end - i)).Select(r => new SourceTableRow(r)));
                i = end;
                continue;
            }
            var line = lines[i];
            var text = line.Text;
            var fresh = previous is null
                || line.Left > margins.Left + 0.8 * body
                || previous.Right < margins.Right - 1.5 * body
                || SectionHeadings.Match(text) is not null
                || (TextShapes.StartsWithOutlineMark(text) && TextShapes.EndsSentence(paragraph.ToString()));
            if (fresh)
            {
                Flush();
                start = new SourceLocation(file, line.Page, 0);
            }
            else if (paragraph.Length > 0 && char.IsAsciiLetterOrDigit(paragraph[^1]) && char.IsAsciiLetterOrDigit(text[0]))
            {
                paragraph.Append(' ');
            }
            paragraph.Append(text);
            previous = line;
            i++;
        }
        Flush();
        return new SourceDocument(file, [.. blocks], "页");
    }

    /// <summary>The words of a line as one text: Chinese without spaces, a space only between Latin words or figures set apart.</summary>
    public static string Join(IReadOnlyList<PdfWord> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text.Trim();
            if (sb.Length > 0 && text.Length > 0 && char.IsAscii(sb[^1]) && char.IsAscii(text[0]) && char.IsLetterOrDigit(text[0])
                && words[i].Left - words[i - 1].Right > 0.2 * words[i].Height)
            {
                sb.Append(' ');
            }
            sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>The size most of the text is set in: the running text's.</summary>
    private static double BodyHeight(List<PdfLine> lines)
    {
        var weights = new Dictionary<double, int>();
        foreach (var word in lines.SelectMany(l => l.Words))
        {
            var key = Math.Round(word.Height);
            weights[key] = weights.GetValueOrDefault(key) + word.Text.Length;
        }
        return weights.Count == 0 ? 12 : weights.MaxBy(p => p.Value).Key;
    }

    private static bool IsTableLine(PdfLine line, double body)
    {
        if (line.Words.Any(w => w.Height < 0.8 * body && w.Text.Trim().Length > 0))
        {
            return true;
        }
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].Left - line.Words[i - 1].Right > 2 * body)
            {
                return true;
            }
        }
        return false;
    }

    private static (double Left, double Right) Margins(List<PdfLine> prose)
    {
        if (prose.Count == 0)
        {
            return (0, double.MaxValue);
        }
        var left = prose.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        var right = prose.GroupBy(l => Math.Round(l.Right)).MaxBy(g => g.Count())!.Key;
        return (left, right);
    }
}
