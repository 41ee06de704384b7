namespace ReportGen.Pdf;

/// <summary>
/// A PDF made from one .docx, or why it could not be made (a Chinese sentence that says what to do);
/// a PDF that was made may carry a warning (fonts substituted).
/// </summary>
internal sealed record PdfConversion(byte[]? Pdf, string? Failure, string? Warning = null)
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
    /// <summary>
    /// Converts every document in one go (one converter process for a whole batch). The PDFs wait
    /// where the converter wrote them and are read one at a time as the caller takes them, so a batch
    /// of any size holds only the PDFs being written in memory.
    /// </summary>
    PdfBatch Convert(IReadOnlyList<byte[]> documents);
}

/// <summary>The PDFs of one conversion, in the order of the documents; disposing removes what is left of them.</summary>
internal sealed class PdfBatch(int count, Func<int, PdfConversion> take, Action? cleanUp = null) : IDisposable
{
    public static PdfBatch Empty { get; } = new(0, _ => throw new ArgumentOutOfRangeException(nameof(take)));

    public int Count { get; } = count;

    /// <summary>The PDF of document <paramref name="index"/>, read now; each is taken once. Safe to call from several threads for different documents.</summary>
    public PdfConversion Take(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return take(index);
    }

    public static PdfBatch Everyone(int count, string failure) => new(count, _ => PdfConversion.Failed(failure));

    public void Dispose() => cleanUp?.Invoke();
}
