using DocumentFormat.OpenXml.Wordprocessing;
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

    public static Styles Build()
    {
        var styles = new Styles(DocDefaults());
        styles.Append(
            NormalStyle(),
            TitleStyle(),
            BodyStyle(),
            HeadingStyle(1, GbLayout.Hei, bold: false),
            HeadingStyle(2, GbLayout.Kai, bold: false),
            HeadingStyle(3, GbLayout.FangSong, bold: true),
            HeadingStyle(4, GbLayout.FangSong, bold: false),
            TableTextStyle(),
            TableTextSmallStyle(),
            FooterStyle(),
            CharacterStyle(RunInHeading2, "Run-in Heading 2", GbLayout.Kai, bold: false),
            CharacterStyle(RunInHeading3, "Run-in Heading 3", GbLayout.FangSong, bold: true));
        return styles;
    }

    public static RunFonts Fonts(string eastAsia, string latin = GbLayout.Latin) => new()
    {
        Ascii = latin,
        HighAnsi = latin,
        EastAsia = eastAsia,
        ComplexScript = latin,
        // Ambiguous-width characters such as “” and … take the CJK face, as in Chinese Word templates.
        Hint = FontTypeHintValues.EastAsia,
    };

    private static DocDefaults DocDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = Fonts(GbLayout.FangSong),
            Spacing = new Spacing { Val = GbLayout.GridCharacterSpacing },
            FontSize = new FontSize { Val = Half(GbLayout.SizeSanHao) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Half(GbLayout.SizeSanHao) },
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            // GB/T 9704 wants every page filled to 22 lines ("撑满版心"); widow control would leave gaps.
            WidowControl = new WidowControl { Val = false },
            SpacingBetweenLines = GridLine(),
        }));

    private static Style NormalStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = Normal,
        Default = true,
        StyleName = new StyleName { Val = "Normal" },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            WidowControl = new WidowControl { Val = false },
            SpacingBetweenLines = GridLine(),
            Justification = new Justification { Val = JustificationValues.Both },
        },
        StyleRunProperties = RunProps(GbLayout.FangSong, GbLayout.SizeSanHao, GbLayout.GridCharacterSpacing),
    };

    private static Style TitleStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = Title,
        StyleName = new StyleName { Val = "Title" },
        BasedOn = new BasedOn { Val = Normal },
        NextParagraphStyle = new NextParagraphStyle { Val = Body },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            // On the 28.95 pt grid a 35 pt line would take two grid lines (57.9 pt) in LibreOffice and Word.
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = Twips(GbLayout.TitleLineSpacing),
                LineRule = LineSpacingRuleValues.Exact,
            },
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        },
        // A centred line needs no squeeze; 二号 runs keep their natural pitch.
        StyleRunProperties = RunProps(GbLayout.XiaoBiaoSong, GbLayout.SizeErHao, 0),
    };

    private static Style BodyStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = Body,
        StyleName = new StyleName { Val = "Body Text" },
        BasedOn = new BasedOn { Val = Normal },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            Indentation = FirstLineTwoChars(),
            Justification = new Justification { Val = JustificationValues.Both },
        },
        StyleRunProperties = RunProps(GbLayout.FangSong, GbLayout.SizeSanHao, GbLayout.GridCharacterSpacing),
    };

    private static Style HeadingStyle(int level, string eastAsia, bool bold)
    {
        var run = RunProps(eastAsia, GbLayout.SizeSanHao, GbLayout.GridCharacterSpacing);
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }
        return new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = HeadingId(level),
            // The built-in names make Word treat these as headings (navigation pane, TOC).
            StyleName = new StyleName { Val = $"heading {level}" },
            BasedOn = new BasedOn { Val = Normal },
            NextParagraphStyle = new NextParagraphStyle { Val = Body },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = FirstLineTwoChars(),
                Justification = new Justification { Val = JustificationValues.Both },
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            StyleRunProperties = run,
        };
    }

    private static Style TableTextStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = TableText,
        StyleName = new StyleName { Val = "Table Text" },
        BasedOn = new BasedOn { Val = Normal },
        CustomStyle = true,
        StyleParagraphProperties = new StyleParagraphProperties
        {
            // Off the 28.95 pt grid: a 五号 cell line on the grid would be as tall as a body line.
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = SingleLine(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        },
        StyleRunProperties = RunProps(GbLayout.FangSong, GbLayout.SizeWuHao, 0),
    };

    private static Style TableTextSmallStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = TableTextSmall,
        StyleName = new StyleName { Val = "Table Text Small" },
        BasedOn = new BasedOn { Val = TableText },
        CustomStyle = true,
        StyleRunProperties = RunProps(GbLayout.FangSong, GbLayout.SizeXiaoWu, 0),
    };

    private static Style FooterStyle() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = Footer,
        StyleName = new StyleName { Val = "footer" },
        BasedOn = new BasedOn { Val = Normal },
        StyleParagraphProperties = new StyleParagraphProperties
        {
            // Single spacing off the grid puts the dash 7 mm under the text block (layout.md §1.3).
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = SingleLine(),
            Indentation = NoIndent(),
        },
        // "4号半角宋体阿拉伯数字": the digits are 宋体 too, not Times New Roman.
        StyleRunProperties = RunProps(GbLayout.Song, GbLayout.SizeSiHao, 0, latin: GbLayout.Song),
    };

    private static Style CharacterStyle(string id, string name, string eastAsia, bool bold)
    {
        var run = new StyleRunProperties { RunFonts = Fonts(eastAsia) };
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }
        return new Style
        {
            Type = StyleValues.Character,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            CustomStyle = true,
            StyleRunProperties = run,
        };
    }

    private static StyleRunProperties RunProps(string eastAsia, int halfPoints, int spacing, string latin = GbLayout.Latin) => new()
    {
        RunFonts = Fonts(eastAsia, latin),
        Spacing = new Spacing { Val = spacing },
        FontSize = new FontSize { Val = Half(halfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Half(halfPoints) },
    };

    private static SpacingBetweenLines GridLine() => new()
    {
        Before = "0",
        After = "0",
        Line = Twips(GbLayout.LinePitch),
        LineRule = LineSpacingRuleValues.Exact,
    };

    private static SpacingBetweenLines SingleLine() => new()
    {
        Before = "0",
        After = "0",
        Line = "240",
        LineRule = LineSpacingRuleValues.Auto,
    };

    // Word prefers firstLineChars when both are present; firstLine is for readers that ignore it.
    private static Indentation FirstLineTwoChars() => new() { FirstLineChars = 200, FirstLine = Twips(2 * GbLayout.CharTwips) };

    private static Indentation NoIndent() => new() { FirstLineChars = 0, FirstLine = "0" };

    private static string Half(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
