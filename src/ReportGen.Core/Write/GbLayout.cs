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

    /// <summary>28.95 pt: 22 lines fill the 225 mm text block.</summary>
    public const int LinePitch = 579;

    public const int TitleLineSpacing = 700;

    /// <summary>One 字 of 三号 text, the unit GB/T 9704 indents by.</summary>
    public const int CharTwips = 320;

    /// <summary>One 四号 character: the page number stands this far in from the edge of the text block.</summary>
    public const int PageNumberIndent = 280;

    /// <summary>−0.25 pt per character so 28 三号 characters fit 156 mm without a character grid (the portable variant).</summary>
    public const int GridCharacterSpacing = -5;

    public const int SizeErHao = 44;
    public const int SizeSanHao = 32;
    public const int SizeSiHao = 28;
    public const int SizeWuHao = 21;
    public const int SizeXiaoWu = 18;

    public const int TableRowMinHeight = 397;
    public const int NarrowCellMargin = 28;
    public const int DefaultCellMargin = 108;

    public const string FangSong = "仿宋_GB2312";
    public const string Kai = "楷体_GB2312";
    public const string Hei = "黑体";
    public const string Song = "宋体";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string Latin = "Times New Roman";
}
