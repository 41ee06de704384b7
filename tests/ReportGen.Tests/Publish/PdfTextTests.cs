using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>Every character of the document reaches the PDF LibreOffice makes of it, punctuation included.</summary>
public class PdfTextTests
{
    [SkippableFact]
    public void The_pdf_of_the_sample_holds_the_documents_text_character_for_character()
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        using var temp = new TempFolder();
        var pdf = temp.File("r.pdf");

        var result = CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", pdf);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var (expected, headers) = PdfText.OfDocument(Repo.SampleFolder);
        var actual = PdfText.OfPdf(pdf, headers);
        Assert.True(expected == actual, "pdftotext of the PDF differs from the document's text " + PdfText.FirstDifference(expected, actual));
    }
}
