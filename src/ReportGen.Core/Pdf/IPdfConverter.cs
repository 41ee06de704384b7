using System.Collections.Immutable;

namespace ReportGen.Pdf;

/// <summary>A PDF made from one .docx, or why it could not be made (a Chinese sentence that says what to do).</summary>
internal sealed record PdfConversion(byte[]? Pdf, string? Failure)
{
    public static PdfConversion Made(byte[] pdf) => new(pdf, null);

    public static PdfConversion Failed(string failure) => new(null, failure);
}

/// <summary>
/// Turns Word documents into PDFs. The converter is an outside program, so this is the one place
/// that starts a process; the pipeline hands it bytes and gets bytes or a failure back.
/// </summary>
internal interface IPdfConverter
{
    /// <summary>Converts every document in one go (one converter process for a whole batch); one result per document, in order.</summary>
    ImmutableArray<PdfConversion> Convert(IReadOnlyList<byte[]> documents);
}
