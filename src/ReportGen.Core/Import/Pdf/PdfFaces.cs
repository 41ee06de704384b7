using System.Collections.Immutable;
using UglyToad.PdfPig;

namespace ReportGen.Import.Pdf;

/// <summary>
/// What the Chinese characters of a PDF were drawn with: the faces (PostScript names without the
/// subset prefix, most used first) and how many characters had no glyph.
/// </summary>
internal sealed record PdfFaceReport(int HanLetters, int WithoutGlyph, ImmutableArray<string> HanFaces);

/// <summary>
/// Reads the first page of a PDF the tool made (LibreOffice's) with PdfPig, the reader the importer uses. The PDF's
/// text layer keeps every character even when no installed font had it: LibreOffice then draws the
/// fallback face's empty box, and pdftotext still reads the text back. What gives it away is the
/// advance: every CJK face sets a 汉字 1 em wide (docs/layout.md "Fonts of the PDF"; 0.98 em at the body's 98 %
/// scale), a Latin face's missing-glyph box about a third of that.
/// </summary>
internal static class PdfFaces
{
    /// <summary>Below this share of the point size a 汉字 was drawn with no glyph.</summary>
    private const double MinHanAdvance = 0.75;

    public static PdfFaceReport? Read(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var han = 0;
            var missing = 0;
            var faces = new Dictionary<string, int>(StringComparer.Ordinal);
            // The first page holds the title, the body and the headings, every face a report uses
            // but the tables' 宋体; reading one page keeps a batch's check at a fraction of a second.
            if (document.NumberOfPages > 0)
            {
                foreach (var letter in document.GetPage(1).Letters)
                {
                    if (letter.Value.Length == 0 || !IsHan(letter.Value[0]))
                    {
                        continue;
                    }
                    han++;
                    if (letter.Width < MinHanAdvance * letter.PointSize)
                    {
                        missing++;
                    }
                    var face = BaseName(letter.FontName ?? string.Empty);
                    faces[face] = faces.GetValueOrDefault(face) + 1;
                }
            }
            return new PdfFaceReport(han, missing, [.. faces.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key)]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A PDF PdfPig cannot read is judged by the converter's other checks; this one has nothing to say.
            return null;
        }
    }

    /// <summary>"BAAAAA+FandolFang-Regular" → "FandolFang-Regular": the six capitals and '+' mark a subset.</summary>
    public static string BaseName(string fontName)
    {
        var plus = fontName.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 && fontName[..6].All(char.IsAsciiLetterUpper) ? fontName[7..] : fontName;
    }

    /// <summary>CJK Unified Ideographs and Extension A: the characters a report is written in.</summary>
    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
