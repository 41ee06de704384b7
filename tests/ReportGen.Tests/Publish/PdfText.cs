using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;

namespace ReportGen.Tests.Publish;

/// <summary>
/// The text a reader finds in a PDF against the text of the document it was made from. Line breaks
/// and spaces are layout, so neither side keeps white space; page numbers ("— 3 —") and the header
/// rows a table repeats on each further page are layout too and are taken out of the PDF's text.
/// What is left must be the document's text, character for character, in order.
/// </summary>
internal static partial class PdfText
{
    /// <summary>The document's text in reading order: title, paragraphs, each table cell by cell, the signature.</summary>
    public static (string Text, List<string> RepeatedHeaders) OfDocument(string folder)
    {
        var check = FolderChecks.CheckOne(folder);
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(check.Report!).Value!;
        var text = new StringBuilder();
        var headers = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    text.Append(paragraph.Text);
                    break;
                case TableBlock table:
                    var rows = table.Rows.Select(r => string.Concat(r.Where(c => c.Merge != VerticalMerge.Continue).Select(c => c.Text))).ToList();
                    headers.Add(Squeeze(string.Concat(rows.Take(table.HeaderRows))));
                    text.AppendJoin(string.Empty, rows);
                    break;
            }
        }
        if (document.Signature is { } signature)
        {
            text.Append(signature.Agency).Append(signature.Date);
        }
        return (Squeeze(text.ToString()), headers.Where(h => h.Length > 0).ToList());
    }

    /// <summary>pdftotext's text in content order, page numbers and repeated header rows removed.</summary>
    public static string OfPdf(string pdf, IReadOnlyList<string> repeatedHeaders)
    {
        var raw = Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-");
        var pages = raw.Split('\f').Select(p => Squeeze(PageNumber().Replace(p, string.Empty))).ToList();
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            var rest = page;
            // A page that opens with a table's header rows continues that table: Word repeats them (tblHeader).
            foreach (var header in repeatedHeaders.Where(h => text.ToString().Contains(h, StringComparison.Ordinal)))
            {
                if (rest.StartsWith(header, StringComparison.Ordinal))
                {
                    rest = rest[header.Length..];
                }
            }
            text.Append(rest);
        }
        return text.ToString();
    }

    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), program + " did not finish");
        Assert.Equal(0, process.ExitCode);
        return output.Result;
    }

    /// <summary>The first place two texts differ, with some context, for a message a person can read.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }
        var from = Math.Max(0, i - 20);
        return $"at {i}: expected …{expected[from..Math.Min(expected.Length, i + 20)]}… but the PDF has …{actual[from..Math.Min(actual.Length, i + 20)]}…";
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$", RegexOptions.Multiline)]
    private static partial Regex PageNumber();
}
