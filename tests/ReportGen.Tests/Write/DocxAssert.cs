using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ReportGen.Tests.Write;

/// <summary>Schema checks any test that produces a .docx can reuse.</summary>
public static class DocxAssert
{
    /// <summary>Fails with every validator message if the package is not valid Office 2019 WordprocessingML.</summary>
    public static void Valid(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        docx.Position = 0;
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, "OpenXmlValidator:\n" + string.Join("\n", errors));
        docx.Position = 0;
    }
}
