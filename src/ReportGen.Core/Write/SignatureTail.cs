using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// How the last body paragraph is tied to the 落款 ("落款不得单独成页", docs/layout.md "Signature").
/// Word and WPS keep a keep-with-next paragraph's last lines with the next one (widow control carries
/// two). LibreOffice 7.4 treats keep-with-next as "do not split" (sw/source/core/text/widorp.cxx,
/// SwTextFrameBreak: m_bKeep includes GetKeep()): it moves the whole paragraph to the next page, and
/// when the paragraph and the 落款 together are longer than a page the 落款 still stands alone; keep
/// flags inside a splittable table row are switched off altogether, so a table does not help either.
/// Only a paragraph of its own travels whole with the 落款 there. So a long last paragraph is written
/// as two: the body, whose paragraph mark is hidden, and its last sentences with keep-with-next.
/// Word and WPS join paragraphs across a hidden paragraph mark into one (the mark of a "style
/// separator"), so there the paragraph stays one; LibreOffice shows the last sentences as a paragraph
/// of their own, indented as any paragraph, and carries them with the 落款. The text is unchanged.
/// </summary>
internal static class SignatureTail
{
    /// <summary>
    /// A last paragraph up to this many lines moves whole with the 落款 in LibreOffice: it leaves at
    /// most this many lines empty at a page foot, and with the 落款's three lines still fits one page.
    /// </summary>
    public const int WholeLines = 7;

    /// <summary>The tail fills more than one line (two at least, as Word's widow control carries), the body two.</summary>
    private const int TailLines = 2;

    private const int LineHalves = 2 * GbLayout.CharsPerLine;

    /// <summary>
    /// The last paragraph split before its last sentences (the body and the tail), or null when it
    /// stays whole: short enough to move whole, not body text, or no sentence end to cut at.
    /// </summary>
    public static (ParagraphBlock Body, ParagraphBlock Tail)? Split(ParagraphBlock last)
    {
        if (last.Role != ParagraphRole.Body || last.Runs.IsDefaultOrEmpty)
        {
            return null;
        }
        var text = last.Text;
        var total = XmlText.HalfCharWidth(text) + 4; // the 2 字 first-line indent
        if (total <= WholeLines * LineHalves || text.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }
        // The shortest run of whole sentences at the end that reaches a second line.
        for (var cut = text.Length - 2; cut > 0; cut--)
        {
            if (!EndsSentence(text, cut) || IsSentenceEnd(text[cut]) || IsClosing(text[cut]))
            {
                continue;
            }
            var tail = XmlText.HalfCharWidth(text[cut..]) + 4;
            if (tail <= (TailLines - 1) * LineHalves)
            {
                continue;
            }
            return total - tail < TailLines * LineHalves ? null : (Take(last, 0, cut), Take(last, cut, text.Length));
        }
        return null;
    }

    /// <summary>A sentence ends just before <paramref name="at"/>: at its mark, or at a closing mark right after it (。” or 。）).</summary>
    private static bool EndsSentence(string text, int at) =>
        IsSentenceEnd(text[at - 1]) || (at > 1 && IsClosing(text[at - 1]) && IsSentenceEnd(text[at - 2]));

    /// <summary>Not '；': a paragraph of its own that starts inside a sentence would read as a mistake in LibreOffice.</summary>
    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？';

    private static bool IsClosing(char c) => c is '”' or '’' or '）' or '》' or '」' or '』' or ')';

    /// <summary>The runs covering characters [from, to) of the paragraph's text, each keeping its style.</summary>
    private static ParagraphBlock Take(ParagraphBlock block, int from, int to)
    {
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        var at = 0;
        foreach (var run in block.Runs)
        {
            var start = Math.Max(from, at);
            var end = Math.Min(to, at + run.Text.Length);
            if (end > start)
            {
                runs.Add(run with { Text = run.Text[(start - at)..(end - at)] });
            }
            at += run.Text.Length;
        }
        return block with { Runs = runs.ToImmutable() };
    }
}
