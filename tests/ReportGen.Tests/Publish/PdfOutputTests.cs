using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>`build -o report.pdf` through the real LibreOffice, checked with poppler as a reviewer would.</summary>
public partial class PdfOutputTests
{
    [SkippableFact]
    public void One_build_writes_docx_pdf_and_html_and_the_pdf_is_A4_with_every_font_embedded()
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdffonts");
        ExternalTool.Require("pdftotext");
        ExternalTool.Require("pdfinfo");
        using var temp = new TempFolder();
        var (docx, pdf, html) = (temp.File("r.docx"), temp.File("r.pdf"), temp.File("r.html"));

        var result = CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", docx, "-o", pdf, "-o", html);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal([docx, html, pdf], Directory.GetFiles(temp.Path).Order(StringComparer.Ordinal));

        var fonts = FontLines(PdfText.Run("pdffonts", pdf));
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} is not embedded"));

        var info = PdfText.Run("pdfinfo", "-f", "1", "-l", "999", pdf);
        var sizes = PageSize().Matches(info).Select(m => (W: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, s => Assert.True(Math.Abs(s.W - 595.28) < 1 && Math.Abs(s.H - 841.89) < 1, $"page is {s.W} × {s.H} pt, not A4"));
    }

    [SkippableFact]
    public void A_batch_converts_every_report_with_one_soffice_process()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("the soffice wrapper that counts processes is a shell script");
        }
        var soffice = ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        using var temp = new TempFolder();
        var agencies = new[] { "甲市教育局", "乙县卫生健康局", "丙区民政局" };
        foreach (var (agency, i) in agencies.Select((a, i) => (a, i)))
        {
            WideTallies.Files(agency).WriteTo(Path.Combine(temp.Path, "in", $"r{i}"));
        }
        var log = temp.File("soffice.log");
        var wrapper = temp.File("soffice");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$$\" >> '{log}'\nexec '{soffice}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var output = Path.Combine(temp.Path, "out");

        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["REPORTGEN_SOFFICE"] = wrapper },
            "build", Path.Combine(temp.Path, "in"), "-o", output, "--to", "pdf", "--to", "html");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Single(File.ReadAllLines(log));
        for (var i = 0; i < agencies.Length; i++)
        {
            Assert.True(File.Exists(Path.Combine(output, $"r{i}.html")));
            var text = PdfText.Run("pdftotext", Path.Combine(output, $"r{i}.pdf"), "-");
            Assert.Contains(agencies[i], text, StringComparison.Ordinal);
        }
        Assert.Equal(agencies.Length * 2, Directory.GetFiles(output).Length);
    }

    private sealed record FontLine(string Name, bool Embedded);

    /// <summary>pdffonts' table: the name first, then type and encoding (which may hold spaces), then emb sub uni object generation.</summary>
    private static List<FontLine> FontLines(string pdffonts) =>
        [.. pdffonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var parts = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new FontLine(parts[0], parts[^5] == "yes");
        })];

    [GeneratedRegex(@"size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
