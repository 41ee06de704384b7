using ReportGen.Format;
using ReportGen.Import.Html;
using ReportGen.Import.Pdf;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// Imports a published annual report — last year's .docx, or its text as found on the web or produced by
/// PDF-to-text — back into a <see cref="Model.Report"/>. Every tolerance is a finding at its source line;
/// a figure that cannot be placed is reported, never guessed.
/// </summary>
internal sealed class PublishedReportImporter
{
    /// <summary>Chooses by content, not by extension: a .docx is a zip ("PK"), anything else is read as text.</summary>
    public ImportOutcome Import(string fileName, byte[] content)
    {
        var findings = new ImportFindings();
        // Findings name the file as the user gave it, so a folder of reports checked at once stays unambiguous.
        var file = fileName;
        if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            return Assembled(new DocxReader().Read(file, content), findings);
        }
        if (content.Length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F')
        {
            return Assembled(new PdfReader().Read(file, content), findings);
        }
        if (content.Length >= 4 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
        {
            return Unsupported(findings, file, $"{file} 是旧版 Word（.doc）文档，无法直接导入", "请在 Word 或 WPS 中另存为 .docx 后重试");
        }
        var decoded = TextDecoder.Decode(content, file);
        if (decoded.Value is null)
        {
            var reason = decoded.Diagnostics.FirstOrDefault();
            return Unsupported(findings, file, reason?.Message ?? $"{file} 无法作为文本读取", reason?.Hint ?? "请以 UTF-8 保存后重试");
        }
        if (HtmlReader.LooksLikeHtml(decoded.Value))
        {
            return new ReportAssembler().Assemble(new HtmlReader().Read(file, decoded.Value), findings);
        }
        return ImportText(file, decoded.Value, findings);
    }

    /// <summary>A reader's document assembled into a report; a reader that could not read one has said why.</summary>
    private static ImportOutcome Assembled(Outcome<SourceDocument> read, ImportFindings findings) =>
        read.Value is { } document
            ? new ReportAssembler().Assemble(document, findings)
            : new ImportOutcome(null, ImportedFormat.Current, read.Diagnostics);

    private static ImportOutcome ImportText(string file, string text, ImportFindings findings) =>
        new ReportAssembler().Assemble(new PlainTextReader().Read(file, text, findings), findings);

    private static ImportOutcome Unsupported(ImportFindings findings, string file, string message, string hint)
    {
        findings.Add(RuleCatalog.ImportUnsupported, new SourceLocation(file, 0, 0), message, hint);
        return new ImportOutcome(null, ImportedFormat.Current, findings.ToImmutable());
    }
}
