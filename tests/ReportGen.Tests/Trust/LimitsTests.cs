using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ReportGen.Import;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 class 3: bounded resources for every input — import spans and inflated size, template time.</summary>
public class LimitsTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly SampleFiles Sample = SampleFiles.Load();

    [Theory]
    [InlineData("<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>")]
    [InlineData("<w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr><w:tc><w:p/></w:tc>")]
    public void A_span_no_table_has_is_refused_in_a_moment(string row)
    {
        var docx = Docx($"<w:p><w:r><w:t>某局2023年政府信息公开工作年度报告</w:t></w:r></w:p><w:tbl><w:tr>{row}</w:tr></w:tbl>");
        var watch = Stopwatch.StartNew();

        var outcome = new PublishedReportImporter().Import("bomb.docx", docx);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Message.Contains('列', StringComparison.Ordinal) && d.Message.Contains("bomb.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_inflates()
    {
        // ~100 MB of one repeated paragraph compresses to well under a megabyte.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write($"<w:document xmlns:w=\"{W}\"><w:body>");
            var paragraph = new string('a', 1024 * 1024);
            for (var i = 0; i < 100; i++)
            {
                writer.Write($"<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p>");
            }
            writer.Write("</w:body></w:document>");
        }
        Assert.True(buffer.Length < 2 * 1024 * 1024);

        var outcome = new PublishedReportImporter().Import("bomb.docx", buffer.ToArray());

        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Message.Contains("MB", StringComparison.Ordinal) && d.Message.Contains("压缩炸弹", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ func f(n)\n if n > 0\n  f(n-1)\n  f(n-1)\n end\n end\n f(60) }}")]
    [InlineData("{{ func g(n)\n if n > 0\n  g(n-1); g(n-1); g(n-1)\n end\n end\n g(40) }}")]
    public void A_template_that_would_run_for_hours_is_stopped_by_the_time_budget(string narrative)
    {
        var watch = Stopwatch.StartNew();

        var outcome = Sample.With("problems.md", narrative + "\n").Check();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id == "T03" && d.Location!.File == "sample/problems.md");
    }

    private static byte[] Docx(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
        }
        return buffer.ToArray();
    }
}
