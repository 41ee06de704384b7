using CsCheck;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;
using ReportGen.Write;

namespace ReportGen.Tests.Import;

/// <summary>build then import gives back the same figures and the same narrative text.</summary>
public class RoundTripTests
{
    private static byte[] Build(Report report)
    {
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report).Value!;
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        return stream.ToArray();
    }

    private static string Fold(string text) => LabelMatcher.Normalise(text);

    private static void AssertRoundTrip(SampleFiles files)
    {
        var original = files.Check().Report!;

        var imported = new PublishedReportImporter().Import("report.docx", Build(original));

        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == Severity.Error);
        var report = imported.Report!;
        Assert.Equal(original.Metadata.Agency, report.Metadata.Agency);
        Assert.Equal(original.Metadata.Year, report.Metadata.Year);
        Assert.All(StatutoryFormat.Sections, section =>
            Assert.Equal(TemplateModel.Heading(original.Metadata, section), TemplateModel.Heading(report.Metadata, section)));
        foreach (var table in StatutoryFormat.Tables)
        {
            foreach (var cell in table.Cells)
            {
                Assert.Equal(original.Table(table.Key)[cell.Row, cell.Column], report.Table(table.Key)[cell.Row, cell.Column]);
            }
        }
        var model = TemplateModel.Build(original, null);
        foreach (var (key, narrative) in original.Narratives)
        {
            var rendered = new ScribanTemplateRenderer(EmbeddedTemplateSet.Instance).Render(narrative.Text, narrative.File, model).Value!;
            Assert.Equal(Fold(rendered.Replace("**", string.Empty, StringComparison.Ordinal)), Fold(report.Narratives[key].Text));
        }
        Assert.Equal(ExitCode.Success, new ReportChecker().Check("imported", new ReportGen.Folders.ReportFolderWriter().ToSource("imported", report)).ExitCode);
    }

    [Fact]
    public void The_seed_sample_survives_build_then_import() => AssertRoundTrip(SampleFiles.Load());

    [Fact]
    public void Random_balanced_tallies_survive_build_then_import() =>
        TallyFiles.Balanced.Sample(figures => AssertRoundTrip(TallyFiles.Files(figures)), iter: 10);
}
