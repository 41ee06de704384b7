using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

public class ReportRendererTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static Outcome<ReportDocument> Render(SampleFiles files) =>
        new ReportRenderer(EmbeddedTemplateSet.Instance).Render(files.Check().Report!);

    [Fact]
    public void The_sample_renders_to_the_golden_projection()
    {
        var rendered = Render(Sample);

        Assert.Empty(rendered.Diagnostics);
        Golden.Matches("sample.document.txt", DocumentProjection.Of(rendered.Value!));
    }
}
