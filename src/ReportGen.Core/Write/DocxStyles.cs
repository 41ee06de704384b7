using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// styles.xml: document defaults and one named style per paragraph role. Every style states its
/// East Asian font itself, because Word falls back to the theme's minor East Asian font (not the
/// defaults) when a style or its chain does not say, and that would silently turn 仿宋 into 宋体.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Body = "BodyText";
    public const string TableText = "TableText";
    public const string TableTextSmall = "TableTextSmall";
    public const string Footer = "Footer";
    public const string RunInHeading2 = "RunInHeading2";
    public const string RunInHeading3 = "RunInHeading3";

    public static string HeadingId(int level) => $"Heading{level}";

    public static string ParagraphStyleId(ParagraphRole role) => role switch
    {
        ParagraphRole.Title => Title,
        ParagraphRole.Body => Body,
        ParagraphRole.Heading1 => HeadingId(1),
        ParagraphRole.Heading2 => HeadingId(2),
        ParagraphRole.Heading3 => HeadingId(3),
        ParagraphRole.Heading4 => HeadingId(4),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>A paragraph style: what it says besides the run properties every style states.</summary>
    private sealed record ParagraphStyle(
        string Id,
        string Name,
        string? BasedOn,
        string? Next = null,
        bool Primary = true,
        bool Custom = false,
        bool Default = false)
    {
        public Action<WordXmlWriter>? Paragraph { get; init; }
    }

    public static void Write(WordXmlWriter w)
    {
        w.StartRoot(W.Styles);
        DocDefaults(w);

        Paragraph(w, new ParagraphStyle(Normal, "Normal", null, Default: true)
        {
            Paragraph = p =>
            {
                // GB/T 9704 wants every page filled to 22 lines ("撑满版心"); widow control would leave gaps.
                p.Value(W.WidowControl, "false");
                GridLine(p);
                p.Value(W.Jc, "both");
            },
        }, GbLayout.FangSong, GbLayout.SizeSanHao, GbLayout.BodyCharacterScale);

        Paragraph(w, new ParagraphStyle(Title, "Title", Normal, Next: Body)
        {
            Paragraph = p =>
            {
                p.Empty(W.KeepNext);
                // On the 28.95 pt grid a 35 pt line would take two grid lines (57.9 pt) in LibreOffice and Word.
                p.Value(W.SnapToGrid, "false");
                LineSpacing(p, GbLayout.TitleLineSpacing, "exact");
                NoIndent(p);
                p.Value(W.Jc, "center");
            },
        }, GbLayout.XiaoBiaoSong, GbLayout.SizeErHao, scale: 100, latin: GbLayout.XiaoBiaoSong); // A centred line needs no squeeze; digits in 小标宋 too, not a light Latin face.

        Paragraph(w, new ParagraphStyle(Body, "Body Text", Normal)
        {
            Paragraph = p =>
            {
                // A typesetter never opens a page with the last line of a paragraph (one character, often):
                // the page before gives up a line instead, the one adjustment GB/T 9704 allows to 22 lines.
                p.Value(W.WidowControl, "true");
                FirstLineTwoChars(p);
                p.Value(W.Jc, "both");
            },
        }, GbLayout.FangSong, GbLayout.SizeSanHao, GbLayout.BodyCharacterScale);

        Heading(w, 1, GbLayout.Hei, bold: false);
        Heading(w, 2, GbLayout.Kai, bold: false);
        Heading(w, 3, GbLayout.FangSong, bold: true);
        Heading(w, 4, GbLayout.FangSong, bold: false);

        Paragraph(w, new ParagraphStyle(TableText, "Table Text", Normal, Primary: false, Custom: true)
        {
            Paragraph = p =>
            {
                // Off the 28.95 pt grid: a 五号 cell line on the grid would be as tall as a body line.
                p.Value(W.SnapToGrid, "false");
                LineSpacing(p, 240, "auto");
                NoIndent(p);
                p.Value(W.Jc, "center");
            },
        }, GbLayout.FangSong, GbLayout.SizeWuHao, 100);

        Paragraph(w, new ParagraphStyle(TableTextSmall, "Table Text Small", TableText, Primary: false, Custom: true),
            GbLayout.FangSong, GbLayout.SizeXiaoWu, 100);

        // "4号半角宋体阿拉伯数字": the digits are 宋体 too, not Times New Roman.
        Paragraph(w, new ParagraphStyle(Footer, "footer", Normal, Primary: false)
        {
            Paragraph = p =>
            {
                // Single spacing off the grid puts the dash 7 mm under the text block (docs/layout.md, "Page number").
                p.Value(W.SnapToGrid, "false");
                LineSpacing(p, 240, "auto");
                NoIndent(p);
            },
        }, GbLayout.Song, GbLayout.SizeSiHao, 100, latin: GbLayout.Song);

        Character(w, RunInHeading2, "Run-in Heading 2", GbLayout.Kai, bold: false);
        Character(w, RunInHeading3, "Run-in Heading 3", GbLayout.FangSong, bold: true);
        w.End();
    }

    public static void Fonts(WordXmlWriter w, string eastAsia, string latin = GbLayout.Latin) => w.Empty(W.RFonts,
        // Ambiguous-width characters such as “” and … take the CJK face, as in Chinese Word templates.
        ("hint", "eastAsia"),
        ("ascii", latin),
        ("hAnsi", latin),
        ("eastAsia", eastAsia),
        ("cs", latin));

    private static void DocDefaults(WordXmlWriter w)
    {
        w.Start(W.DocDefaults);
        w.Start(W.RPrDefault);
        w.Start(W.RPr);
        Fonts(w, GbLayout.FangSong);
        w.Value(W.CharacterScale, GbLayout.BodyCharacterScale);
        w.Value(W.Sz, GbLayout.SizeSanHao);
        w.Value(W.SzCs, GbLayout.SizeSanHao);
        w.Empty(W.Lang, ("val", "en-US"), ("eastAsia", "zh-CN"), ("bidi", "ar-SA"));
        w.End();
        w.End();
        w.Start(W.PPrDefault);
        w.Start(W.PPr);
        w.Value(W.WidowControl, "false");
        GridLine(w);
        w.End();
        w.End();
        w.End();
    }

    private static void Heading(WordXmlWriter w, int level, string eastAsia, bool bold) =>
        // The built-in names make Word treat these as headings (navigation pane, TOC).
        Paragraph(w, new ParagraphStyle(HeadingId(level), $"heading {level}", Normal, Next: Body)
        {
            Paragraph = p =>
            {
                p.Empty(W.KeepNext);
                FirstLineTwoChars(p);
                p.Value(W.Jc, "both");
                p.Value(W.OutlineLvl, level - 1);
            },
        }, eastAsia, GbLayout.SizeSanHao, GbLayout.BodyCharacterScale, bold: bold);

    private static void Paragraph(WordXmlWriter w, ParagraphStyle style, string eastAsia, int halfPoints, int scale,
        string latin = GbLayout.Latin, bool bold = false)
    {
        StartStyle(w, "paragraph", style.Id, style.Default, style.Custom);
        w.Value(W.Name, style.Name);
        if (style.BasedOn is { } basedOn)
        {
            w.Value(W.BasedOn, basedOn);
        }
        if (style.Next is { } next)
        {
            w.Value(W.Next, next);
        }
        if (style.Primary)
        {
            w.Empty(W.QFormat);
        }
        if (style.Paragraph is { } paragraph)
        {
            w.Start(W.PPr);
            paragraph(w);
            w.End();
        }
        w.Start(W.RPr);
        Fonts(w, eastAsia, latin);
        Bold(w, bold);
        w.Value(W.CharacterScale, scale);
        w.Value(W.Sz, halfPoints);
        w.Value(W.SzCs, halfPoints);
        w.End();
        w.End();
    }

    private static void Character(WordXmlWriter w, string id, string name, string eastAsia, bool bold)
    {
        StartStyle(w, "character", id, isDefault: false, custom: true);
        w.Value(W.Name, name);
        w.Start(W.RPr);
        Fonts(w, eastAsia);
        Bold(w, bold);
        w.End();
        w.End();
    }

    private static void StartStyle(WordXmlWriter w, string type, string id, bool isDefault, bool custom)
    {
        if (isDefault)
        {
            w.Start(W.Style, ("type", type), ("styleId", id), ("default", "true"));
        }
        else if (custom)
        {
            w.Start(W.Style, ("type", type), ("styleId", id), ("customStyle", "true"));
        }
        else
        {
            w.Start(W.Style, ("type", type), ("styleId", id));
        }
    }

    private static void Bold(WordXmlWriter w, bool bold)
    {
        if (bold)
        {
            w.Empty(W.B);
            w.Empty(W.BCs);
        }
    }

    private static void GridLine(WordXmlWriter w) => LineSpacing(w, GbLayout.LinePitch, "exact");

    private static void LineSpacing(WordXmlWriter w, int line, string rule) =>
        w.Empty(W.Spacing, ("before", "0"), ("after", "0"), ("line", WordXmlWriter.Num(line)), ("lineRule", rule));

    // Word prefers firstLineChars when both are present; firstLine is for readers that ignore it.
    private static void FirstLineTwoChars(WordXmlWriter w) =>
        w.Empty(W.Ind, ("firstLine", WordXmlWriter.Num(2 * GbLayout.CharTwips)), ("firstLineChars", "200"));

    private static void NoIndent(WordXmlWriter w) => w.Empty(W.Ind, ("firstLine", "0"), ("firstLineChars", "0"));
}
