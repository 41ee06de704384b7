namespace ReportGen.Write;

/// <summary>
/// The GB/T 9704-2012 numbers as WordprocessingML units (twips, half-points), from docs/layout.md.
/// Kept in one place so the writer, the signature arithmetic and the tests agree.
/// </summary>
internal static class GbLayout
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;
    public const int HeaderDistance = 851;

    /// <summary>Puts the 一字线 of the page number about 7 mm below the text block (measured; docs/layout.md, "Page number").</summary>
    public const int FooterDistance = 1418;

    /// <summary>版心 width: 156 mm. Tables span exactly this.</summary>
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>版心 height: 225 mm.</summary>
    public const int TextHeight = PageHeight - MarginTop - MarginBottom;

    /// <summary>28.95 pt: 22 lines fill the 225 mm text block.</summary>
    public const int LinePitch = 579;

    public const int TitleLineSpacing = 700;

    /// <summary>"每行排28个字".</summary>
    public const int CharsPerLine = 28;

    /// <summary>One 字 of 三号 text, the unit GB/T 9704 indents by.</summary>
    public const int CharTwips = 320;

    /// <summary>One 四号 character: the page number stands this far in from the edge of the text block.</summary>
    public const int PageNumberIndent = 280;

    /// <summary>
    /// Glyph width in percent for 三号 text: 28 characters of 16 pt are 448 pt, the 版心 is 442.25 pt.
    /// At 98 % a character is 15.68 pt: 28 fit (439 pt), 29 do not (454.7 pt), in Word, WPS and LibreOffice.
    /// Not the Word-native character grid (linesAndChars, charSpace −842): LibreOffice 7.4 never narrows
    /// a character through the grid and sets 14 characters a line; and not −0.25 pt character spacing:
    /// LibreOffice drops a punctuation mark it hangs past the line end when the spacing is negative.
    /// </summary>
    public const int BodyCharacterScale = 98;

    public const int SizeErHao = 44;
    public const int SizeSanHao = 32;
    public const int SizeSiHao = 28;
    public const int SizeWuHao = 21;
    public const int SizeXiaoWu = 18;

    public const int TableRowMinHeight = 397;
    public const int NarrowCellMargin = 28;

    /// <summary>1 mm each side: with Word's 1.9 mm a 表三 figure column would need 20 % more width for the same digits.</summary>
    public const int DefaultCellMargin = 57;

    /// <summary>The smaller sizes a figure steps down to, largest first, when it does not fit its cell on one line: 小五, 六号, 七号.</summary>
    public static ReadOnlySpan<int> FigureSizes => [SizeXiaoWu, 15, 11];

    public const string FangSong = "仿宋_GB2312";
    public const string Kai = "楷体_GB2312";
    public const string Hei = "黑体";
    public const string Song = "宋体";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string Latin = "Times New Roman";
}
