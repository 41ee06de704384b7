using DocumentFormat.OpenXml;

namespace ReportGen.Write;

/// <summary>
/// The WordprocessingML elements the writer emits, each named once per process: the writer passes
/// these to <see cref="OpenXmlWriter"/> for every element it opens, thousands per report.
/// </summary>
internal static class W
{
    public static readonly OpenXmlElement AltName = Element("altName");
    public static readonly OpenXmlElement AutoSpaceDE = Element("autoSpaceDE");
    public static readonly OpenXmlElement AutoSpaceDN = Element("autoSpaceDN");
    public static readonly OpenXmlElement B = Element("b");
    public static readonly OpenXmlElement BasedOn = Element("basedOn");
    public static readonly OpenXmlElement BCs = Element("bCs");
    public static readonly OpenXmlElement Body = Element("body");
    public static readonly OpenXmlElement Bottom = Element("bottom");
    public static readonly OpenXmlElement Br = Element("br");
    public static readonly OpenXmlElement CantSplit = Element("cantSplit");
    public static readonly OpenXmlElement CharacterSpacingControl = Element("characterSpacingControl");
    public static readonly OpenXmlElement Charset = Element("charset");
    public static readonly OpenXmlElement Cols = Element("cols");
    public static readonly OpenXmlElement Compat = Element("compat");
    public static readonly OpenXmlElement CompatSetting = Element("compatSetting");
    public static readonly OpenXmlElement DefaultTabStop = Element("defaultTabStop");
    public static readonly OpenXmlElement DocDefaults = Element("docDefaults");
    public static readonly OpenXmlElement DocGrid = Element("docGrid");
    public static readonly OpenXmlElement Document = Element("document");
    public static readonly OpenXmlElement EvenAndOddHeaders = Element("evenAndOddHeaders");
    public static readonly OpenXmlElement Family = Element("family");
    public static readonly OpenXmlElement FldChar = Element("fldChar");
    public static readonly OpenXmlElement Font = Element("font");
    public static readonly OpenXmlElement Fonts = Element("fonts");
    public static readonly OpenXmlElement FooterReference = Element("footerReference");
    public static readonly OpenXmlElement Ftr = Element("ftr");
    public static readonly OpenXmlElement GridCol = Element("gridCol");
    public static readonly OpenXmlElement GridSpan = Element("gridSpan");
    public static readonly OpenXmlElement Ind = Element("ind");
    public static readonly OpenXmlElement InsideH = Element("insideH");
    public static readonly OpenXmlElement InsideV = Element("insideV");
    public static readonly OpenXmlElement Jc = Element("jc");
    public static readonly OpenXmlElement KeepLines = Element("keepLines");
    public static readonly OpenXmlElement KeepNext = Element("keepNext");
    public static readonly OpenXmlElement Lang = Element("lang");
    public static readonly OpenXmlElement Left = Element("left");
    public static readonly OpenXmlElement Name = Element("name");
    public static readonly OpenXmlElement Next = Element("next");
    public static readonly OpenXmlElement OutlineLvl = Element("outlineLvl");
    public static readonly OpenXmlElement P = Element("p");
    public static readonly OpenXmlElement PgMar = Element("pgMar");
    public static readonly OpenXmlElement PgSz = Element("pgSz");
    public static readonly OpenXmlElement Pitch = Element("pitch");
    public static readonly OpenXmlElement PPr = Element("pPr");
    public static readonly OpenXmlElement PPrDefault = Element("pPrDefault");
    public static readonly OpenXmlElement PStyle = Element("pStyle");
    public static readonly OpenXmlElement QFormat = Element("qFormat");
    public static readonly OpenXmlElement R = Element("r");
    public static readonly OpenXmlElement RFonts = Element("rFonts");
    public static readonly OpenXmlElement Right = Element("right");
    public static readonly OpenXmlElement RPr = Element("rPr");
    public static readonly OpenXmlElement RPrDefault = Element("rPrDefault");
    public static readonly OpenXmlElement RStyle = Element("rStyle");
    public static readonly OpenXmlElement SectPr = Element("sectPr");
    public static readonly OpenXmlElement Settings = Element("settings");
    public static readonly OpenXmlElement SnapToGrid = Element("snapToGrid");
    public static readonly OpenXmlElement Spacing = Element("spacing");
    public static readonly OpenXmlElement Style = Element("style");
    public static readonly OpenXmlElement Styles = Element("styles");
    public static readonly OpenXmlElement Sz = Element("sz");
    public static readonly OpenXmlElement SzCs = Element("szCs");
    public static readonly OpenXmlElement Tab = Element("tab");
    public static readonly OpenXmlElement Tbl = Element("tbl");
    public static readonly OpenXmlElement TblBorders = Element("tblBorders");
    public static readonly OpenXmlElement TblCellMar = Element("tblCellMar");
    public static readonly OpenXmlElement TblGrid = Element("tblGrid");
    public static readonly OpenXmlElement TblHeader = Element("tblHeader");
    public static readonly OpenXmlElement TblLayout = Element("tblLayout");
    public static readonly OpenXmlElement TblPr = Element("tblPr");
    public static readonly OpenXmlElement TblW = Element("tblW");
    public static readonly OpenXmlElement Tc = Element("tc");
    public static readonly OpenXmlElement TcPr = Element("tcPr");
    public static readonly OpenXmlElement TcW = Element("tcW");
    public static readonly OpenXmlElement Top = Element("top");
    public static readonly OpenXmlElement Tr = Element("tr");
    public static readonly OpenXmlElement TrHeight = Element("trHeight");
    public static readonly OpenXmlElement TrPr = Element("trPr");
    public static readonly OpenXmlElement VAlign = Element("vAlign");
    public static readonly OpenXmlElement VMerge = Element("vMerge");
    public static readonly OpenXmlElement Vanish = Element("vanish");
    public static readonly OpenXmlElement WidowControl = Element("widowControl");

    /// <summary>w:w, the character scale in percent.</summary>
    public static readonly OpenXmlElement CharacterScale = Element("w");

    private static OpenXmlUnknownElement Element(string localName) => new("w", localName, WordXmlWriter.WordNamespace);
}
