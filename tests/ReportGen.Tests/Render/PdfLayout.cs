using System.Globalization;
using System.Xml.Linq;

namespace ReportGen.Tests.Render;

/// <summary>A word of a rendered page as `pdftotext -bbox-layout` reports it, in points from the top left.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>A line: its words left to right.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words, double XMin, double YMin, double XMax, double YMax)
{
    public string Text => string.Concat(Words.Select(w => w.Text));
}

internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfLine> Lines)
{
    public IEnumerable<PdfWord> Words => Lines.SelectMany(l => l.Words);

    /// <summary>Everything on the page without white space, in reading order.</summary>
    public string Text => string.Concat(Lines.Select(l => l.Text));
}

/// <summary>The pages of a PDF read from `pdftotext -bbox-layout` output (XHTML with a box per page, line and word).</summary>
internal static class PdfLayout
{
    public static IReadOnlyList<PdfPage> Parse(string xhtml)
    {
        var doc = XDocument.Parse(xhtml);
        var pages = new List<PdfPage>();
        foreach (var page in doc.Descendants().Where(e => e.Name.LocalName == "page"))
        {
            var lines = page.Descendants().Where(e => e.Name.LocalName == "line").Select(line =>
            {
                var words = line.Elements().Where(e => e.Name.LocalName == "word")
                    .Select(w => new PdfWord(w.Value, D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"))).ToList();
                return new PdfLine(words, D(line, "xMin"), D(line, "yMin"), D(line, "xMax"), D(line, "yMax"));
            }).Where(l => l.Words.Count > 0).ToList();
            pages.Add(new PdfPage(pages.Count + 1, D(page, "width"), D(page, "height"), lines));
        }
        return pages;
    }

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
