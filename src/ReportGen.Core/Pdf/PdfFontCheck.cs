using ReportGen.Import.Pdf;

namespace ReportGen.Pdf;

/// <summary>
/// What the fonts of a converted PDF mean for the user. LibreOffice draws with the fonts of the
/// machine: where the document's faces (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体, 宋体) are not
/// installed it substitutes a Chinese face it has (a complete PDF in the wrong faces: a warning that
/// names the substitute), and where it has no Chinese face at all it draws empty boxes while the text
/// layer still reads right (a PDF no one can publish: refused, nothing is written). Measured in
/// docs/layout.md "Fonts of the PDF".
/// </summary>
internal static class PdfFontCheck
{
    public const string InstallFonts =
        "请安装公文字体仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体后重新生成；或在装有这些字体的 WPS、Word 中打开生成的 .docx 另存为 PDF";

    /// <summary>
    /// PostScript names of the document's faces, and of the faces Word and WPS put in their place on
    /// Windows and macOS (仿宋, 楷体, 华文仿宋 …); a name may go on after a hyphen ("-Regular").
    /// </summary>
    private static readonly string[] DocumentFaces =
    [
        "FangSong_GB2312", "FangSong", "KaiTi_GB2312", "KaiTi", "SimHei", "SimSun", "NSimSun",
        "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZXBSJW", "STFangsong", "STKaiti", "STHeiti", "STSong",
    ];

    public static PdfConversion Judge(byte[] pdf)
    {
        if (PdfFaces.Read(pdf) is not { } faces)
        {
            return PdfConversion.Made(pdf);
        }
        if (faces.WithoutGlyph > 0)
        {
            return PdfConversion.Failed($"LibreOffice 生成的 PDF 中有 {faces.WithoutGlyph} 个汉字（共 {faces.HanLetters} 个）没有字形，会显示为方框：本机的 LibreOffice 找不到中文字体。"
                + "请安装中文字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk；银河麒麟、统信 UOS 自带中文字体），最好同时安装公文字体仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体，然后重新生成；"
                + "也可以只生成 .docx，在 WPS 或 Word 中另存为 PDF");
        }
        var substitutes = faces.HanFaces.Where(f => !IsDocumentFace(f)).ToList();
        return substitutes.Count == 0 ? PdfConversion.Made(pdf)
            : new PdfConversion(pdf, null, $"本机没有文档所用的公文字体，PDF 中的汉字改用 {string.Join("、", substitutes)} 显示：文字完整，但字体不是 GB/T 9704 要求的仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体");
    }

    public static bool IsDocumentFace(string face) =>
        DocumentFaces.Any(f => face == f || face.StartsWith(f + "-", StringComparison.Ordinal) || face.StartsWith(f + ",", StringComparison.Ordinal));
}
