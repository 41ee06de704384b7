using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>Paragraph-level elements: role paragraphs, runs, the signature block, footers, the section.</summary>
internal static class DocxParagraphs
{
    /// <param name="keepNext">Ties the paragraph's last lines to the next paragraph (the 落款 after the last one).</param>
    /// <param name="hiddenMark">Hides the paragraph mark, so that Word and WPS join the paragraph with the next (see <see cref="SignatureTail"/>).</param>
    public static void Role(WordXmlWriter w, ParagraphBlock block, bool keepNext = false, bool hiddenMark = false)
    {
        w.Start(W.P);
        w.Start(W.PPr);
        w.Value(W.PStyle, DocxStyles.ParagraphStyleId(block.Role));
        if (keepNext)
        {
            w.Empty(W.KeepNext);
        }
        if (block.IndentChars > 0)
        {
            // A nested list item: its whole block moves in, the first line indented 2 字 more as any paragraph.
            var left = block.IndentChars * GbLayout.CharTwips;
            w.Empty(W.Ind, ("left", WordXmlWriter.Num(left)), ("leftChars", WordXmlWriter.Num(block.IndentChars * 100)),
                ("firstLine", WordXmlWriter.Num(2 * GbLayout.CharTwips)), ("firstLineChars", "200"));
        }
        if (hiddenMark)
        {
            w.Start(W.RPr);
            w.Empty(W.Vanish);
            w.End();
        }
        w.End();
        var scale = HeadingScale(block);
        foreach (var run in block.Runs)
        {
            Run(w, run.Text, run.Style, scale);
        }
        w.End();
    }

    /// <summary>
    /// A heading whose last line would hold one or two characters ("…提起行政诉讼情" / "况") is set a
    /// little narrower so that it ends on the line before, as a typesetter would; never below 85 %.
    /// 100 means the style's own scale.
    /// </summary>
    public static int HeadingScale(ParagraphBlock block)
    {
        if (block.Role is not (ParagraphRole.Heading1 or ParagraphRole.Heading2 or ParagraphRole.Heading3 or ParagraphRole.Heading4))
        {
            return 100;
        }
        const int lineHalves = 2 * GbLayout.CharsPerLine;
        var halves = XmlText.HalfCharWidth(block.Text) + 4; // the 2 字 first-line indent
        var lines = (halves + lineHalves - 1) / lineHalves;
        if (lines < 2 || halves - (lines - 1) * lineHalves > 4)
        {
            return 100;
        }
        // The indent does not scale: the text must fit what the lines leave after it, at 16 pt a 字.
        var room = (lines - 1) * GbLayout.TextWidth - 2 * GbLayout.CharTwips - 20;
        var scale = room * 100 / ((halves - 4) * GbLayout.CharTwips / 2);
        return scale >= 85 ? Math.Min(scale, GbLayout.BodyCharacterScale) : 100;
    }

    /// <summary>An empty body line: the spacer after the title and before the signature.</summary>
    public static void BlankLine(WordXmlWriter w, bool keepNext = false)
    {
        w.Start(W.P);
        w.Start(W.PPr);
        w.Value(W.PStyle, DocxStyles.Normal);
        if (keepNext)
        {
            w.Empty(W.KeepNext);
        }
        w.End();
        w.End();
    }

    /// <summary>
    /// GB/T 9704 §7.3.5.2 (unsealed): a blank line, the agency 2 字 from the right, the date below
    /// with its first character 2 字 right of the agency's; a longer date stands 2 字 from the right
    /// and pushes the agency left instead. Widths count digits as half a 字.
    /// </summary>
    public static void Signature(WordXmlWriter w, SignatureBlock signature)
    {
        var (agencyHalves, dateHalves) = SignatureIndents(signature);
        // "落款不得单独成页": spacer, agency and date travel together, and with the body's last lines
        // (the caller sets keepNext on the last body paragraph).
        BlankLine(w, keepNext: true);
        RightIndented(w, signature.Agency, agencyHalves, keepNext: true);
        RightIndented(w, signature.Date, dateHalves, keepNext: false);
    }

    /// <summary>Right indents of agency and date in half 字.</summary>
    public static (int Agency, int Date) SignatureIndents(SignatureBlock signature)
    {
        const int twoChars = 4;
        // A long agency comes broken into lines; each stands as far from the right, so the widest counts.
        var agencyWidth = signature.Agency.Split('\n').Max(XmlText.HalfCharWidth);
        var dateWidth = XmlText.HalfCharWidth(signature.Date);
        var date = agencyWidth - dateWidth;
        return date >= twoChars
            ? (twoChars, date)
            : (twoChars + twoChars + dateWidth - agencyWidth, twoChars);
    }

    private static void RightIndented(WordXmlWriter w, string text, int halfChars, bool keepNext)
    {
        w.Start(W.P);
        w.Start(W.PPr);
        w.Value(W.PStyle, DocxStyles.Normal);
        if (keepNext)
        {
            w.Empty(W.KeepNext);
        }
        // The indents assume a digit is exactly half a 字; Word's automatic CJK–digit spacing
        // would add about a quarter 字 at each change of script. (LibreOffice 7.4 ignores this.)
        w.Value(W.AutoSpaceDE, "false");
        w.Value(W.AutoSpaceDN, "false");
        w.Empty(W.Ind, ("right", WordXmlWriter.Num(halfChars * GbLayout.CharTwips / 2)), ("firstLine", "0"), ("firstLineChars", "0"));
        w.Value(W.Jc, "right");
        w.End();
        Run(w, text, RunStyle.Plain);
        w.End();
    }

    /// <summary>"— n —" in 四号宋体: odd pages right, even pages left, one 四号 character in.</summary>
    public static void PageNumberFooter(WordXmlWriter w, bool odd)
    {
        w.StartRoot(W.Ftr);
        w.Start(W.P);
        w.Start(W.PPr);
        w.Value(W.PStyle, DocxStyles.Footer);
        w.Empty(W.Ind, (odd ? "right" : "left", WordXmlWriter.Num(GbLayout.PageNumberIndent)));
        w.Value(W.Jc, odd ? "right" : "left");
        w.End();
        // U+2014 is the 一字线 the standard asks for; Word's "-1-" page styles use a hyphen.
        TextRun(w, "— ");
        FieldChar(w, "begin");
        w.Start(W.R);
        w.FieldCode(" PAGE ");
        w.End();
        FieldChar(w, "separate");
        TextRun(w, "1");
        FieldChar(w, "end");
        TextRun(w, " —");
        w.End();
        w.End();
    }

    public static void Section(WordXmlWriter w, string oddFooterId, string evenFooterId)
    {
        w.Start(W.SectPr);
        w.Empty(W.FooterReference, ("type", "default"), ("r:id", oddFooterId));
        w.Empty(W.FooterReference, ("type", "even"), ("r:id", evenFooterId));
        w.Empty(W.PgSz, ("w", WordXmlWriter.Num(GbLayout.PageWidth)), ("h", WordXmlWriter.Num(GbLayout.PageHeight)));
        w.Empty(W.PgMar,
            ("top", WordXmlWriter.Num(GbLayout.MarginTop)),
            ("right", WordXmlWriter.Num(GbLayout.MarginRight)),
            ("bottom", WordXmlWriter.Num(GbLayout.MarginBottom)),
            ("left", WordXmlWriter.Num(GbLayout.MarginLeft)),
            ("header", WordXmlWriter.Num(GbLayout.HeaderDistance)),
            ("footer", WordXmlWriter.Num(GbLayout.FooterDistance)),
            ("gutter", "0"));
        w.Empty(W.Cols, ("space", "425"));
        // "lines", not "linesAndChars": LibreOffice gives a 16 pt character two cells of a
        // character grid (14 per line); the −5 run spacing gets 28 per line everywhere.
        w.Empty(W.DocGrid, ("type", "lines"), ("linePitch", WordXmlWriter.Num(GbLayout.LinePitch)));
        w.End();
    }

    /// <summary>One run; '\n' becomes a line break and '\t' a tab so both survive. Empty text writes nothing.</summary>
    public static void Run(WordXmlWriter w, string text, RunStyle style, int scale = 100)
    {
        var clean = XmlText.Clean(text);
        if (clean.Length == 0)
        {
            return;
        }
        w.Start(W.R);
        if (scale != 100)
        {
            w.Start(W.RPr);
            w.Value(W.CharacterScale, scale);
            w.End();
        }
        else
        {
            RunProperties(w, style);
        }
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] is not ('\n' or '\t'))
            {
                continue;
            }
            if (i > start)
            {
                w.Text(clean[start..i]);
            }
            if (i < clean.Length)
            {
                w.Empty(clean[i] == '\n' ? W.Br : W.Tab);
            }
            start = i + 1;
        }
        w.End();
    }

    /// <summary>A table figure at a size and character scale of its own, so that it fits its cell on one line.</summary>
    public static void SizedRun(WordXmlWriter w, string text, int halfPoints, int scale)
    {
        var clean = XmlText.Clean(text);
        if (clean.Length == 0)
        {
            return;
        }
        w.Start(W.R);
        w.Start(W.RPr);
        if (scale != 100)
        {
            w.Value(W.CharacterScale, scale);
        }
        w.Value(W.Sz, halfPoints);
        w.Value(W.SzCs, halfPoints);
        w.End();
        w.Text(clean);
        w.End();
    }

    private static void RunProperties(WordXmlWriter w, RunStyle style)
    {
        switch (style)
        {
            case RunStyle.Plain:
                return;
            case RunStyle.Bold:
                w.Start(W.RPr);
                w.Empty(W.B);
                w.Empty(W.BCs);
                w.End();
                return;
            case RunStyle.Heading2 or RunStyle.Heading3:
                w.Start(W.RPr);
                w.Value(W.RStyle, style == RunStyle.Heading2 ? DocxStyles.RunInHeading2 : DocxStyles.RunInHeading3);
                w.End();
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, null);
        }
    }

    private static void TextRun(WordXmlWriter w, string text)
    {
        w.Start(W.R);
        w.Text(text);
        w.End();
    }

    private static void FieldChar(WordXmlWriter w, string type)
    {
        w.Start(W.R);
        w.Empty(W.FldChar, ("fldCharType", type));
        w.End();
    }
}
