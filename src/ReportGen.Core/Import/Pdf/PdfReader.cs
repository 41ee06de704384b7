using ReportGen.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Import.Pdf;

/// <summary>
/// Reads a published PDF with PdfPig: the words of each page with their positions, which
/// <see cref="PdfLayout"/> turns into paragraphs and table rows. A PDF without a text layer (a scan)
/// is refused: its figures could only be guessed.
/// </summary>
internal sealed class PdfReader
{
    /// <summary>An annual report is a few pages; a far longer PDF is the wrong file.</summary>
    public const int MaxPages = 200;

    /// <summary>The document, or the finding (I12) that says why the PDF gave none and what to do.</summary>
    public Outcome<SourceDocument> Read(string file, byte[] content)
    {
        Outcome<SourceDocument> Refused(string message, string hint) => SourceDocument.Refused(file, message, hint);

        try
        {
            using var pdf = PdfDocument.Open(content);
            if (pdf.NumberOfPages > MaxPages)
            {
                return Refused($"{file} 有 {pdf.NumberOfPages} 页，超过 {MaxPages} 页，不像是年报", "请确认选对了文件");
            }
            var pages = new List<PdfPage>();
            var letters = 0;
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                var page = pdf.GetPage(number);
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                pages.Add(new PdfPage(number, page.Width, [.. page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(Word)]));
            }
            if (letters == 0)
            {
                return Refused($"{file} 这是扫描件，没有文字层，无法读出其中的文字和数字",
                    "请使用原始的 .docx 或带文字层的 PDF（由 Word/WPS 直接导出），或先用 OCR 软件识别后人工核对再导入");
            }
            return new(PdfLayout.Build(file, pages), []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged, encrypted or unsupported files with its own exception types; to the user each is one unreadable file.
            return Refused($"{file} 无法作为 PDF 读取：{e.Message}", "请确认文件完整、未加密；也可使用原始的 .docx");
        }
    }

    private static PdfWord Word(Word w)
    {
        var box = w.BoundingBox;
        return new PdfWord(w.Text, box.Left, box.Right, box.Bottom, box.Top);
    }
}
