namespace ReportGen.Import.Pdf;

/// <summary>A word as PdfPig placed it, in points from the bottom left of its page.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top)
{
    public double Height => Top - Bottom;

    public double Middle => (Top + Bottom) / 2;
}

/// <summary>A page's words.</summary>
internal sealed record PdfPage(int Number, double Width, IReadOnlyList<PdfWord> Words);

/// <summary>Words that share a baseline, left to right.</summary>
internal sealed record PdfLine(int Page, IReadOnlyList<PdfWord> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Top => Words.Max(w => w.Top);

    public double Bottom => Words.Min(w => w.Bottom);

    public double Middle => (Top + Bottom) / 2;

    public double Height => Words.Max(w => w.Height);

    public string Text => PdfLayout.Join(Words);

    /// <summary>Groups a page's words into lines: a word joins the line whose middle is within half its height.</summary>
    public static List<PdfLine> Of(PdfPage page)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in page.Words.OrderByDescending(w => w.Middle))
        {
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].Middle - word.Middle) < 0.45 * Math.Min(l[0].Height, word.Height));
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }
        return [.. lines.Select(l => new PdfLine(page.Number, [.. l.OrderBy(w => w.Left)]))];
    }
}
