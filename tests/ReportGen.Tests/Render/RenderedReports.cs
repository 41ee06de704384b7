using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

/// <summary>One report folder to build and render: a name, and how it differs from the sample.</summary>
internal sealed record RenderCase(string Name, Func<SampleFiles, SampleFiles> Change, string Agency);

/// <summary>A built report and its rendering: the text the .docx holds and the PDF's pages.</summary>
internal sealed record RenderedReport(RenderCase Case, string DocumentText, IReadOnlyList<PdfPage> Pages);

/// <summary>
/// Builds every case with the real pipeline, converts all of them to PDF with one LibreOffice process
/// (a private profile, the fonts of tools/fonts.conf) and reads each PDF back with `pdftotext -bbox-layout`.
/// Shared by the render tests so LibreOffice starts once. Null when the programs are missing (the
/// tests then skip; in CI they fail, see <see cref="ExternalTool"/>).
/// </summary>
public sealed class RenderedReports : IDisposable
{
    private readonly TempFolder temp = new();

    internal IReadOnlyDictionary<string, RenderedReport>? Reports { get; }

    internal string? Missing { get; }

    public RenderedReports()
    {
        var soffice = ExternalTool.Find("soffice");
        var pdftotext = ExternalTool.Find("pdftotext");
        if (soffice is null || pdftotext is null)
        {
            Missing = soffice is null ? "soffice" : "pdftotext";
            return;
        }
        var outDir = Directory.CreateDirectory(temp.File("out")).FullName;
        var docs = new List<(RenderCase Case, string Docx)>();
        foreach (var c in RenderCases.All)
        {
            var folder = Directory.CreateDirectory(temp.File(c.Name)).FullName;
            foreach (var (name, text) in c.Change(SampleFiles.Load()).Files)
            {
                File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
            }
            var docx = Path.Combine(outDir, c.Name + ".docx");
            var outcome = new ReportBuilder().Build(new BuildRequest(folder, docx));
            if (!outcome.IsWritten)
            {
                throw new InvalidOperationException($"{c.Name} did not build: " + string.Join("; ", outcome.Diagnostics.Select(d => d.Message)));
            }
            docs.Add((c, docx));
        }

        Run(soffice, [$"-env:UserInstallation=file://{temp.File("profile")}", "--headless", "--convert-to", "pdf", "--outdir", outDir, .. docs.Select(d => d.Docx)]);
        var reports = new Dictionary<string, RenderedReport>();
        foreach (var (c, docx) in docs)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            var bbox = Path.ChangeExtension(docx, ".html");
            Run(pdftotext, ["-bbox-layout", pdf, bbox]);
            reports[c.Name] = new RenderedReport(c, DocumentText(docx), PdfLayout.Parse(File.ReadAllText(bbox)));
        }
        Reports = reports;
    }

    /// <summary>Every character of the body, the tables and the footers' fixed text, as w:t elements hold them.</summary>
    private static string DocumentText(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        // One element a line, so that neighbouring cells' figures do not run together.
        return string.Join('\n', Regex.Matches(xml, "<w:t(?: [^>]*)?>([^<]*)</w:t>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    private static void Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        // The official font names map to free faces (FangSong → Fandol or Noto Serif CJK): every CJK
        // face advances 1 em, so line breaks do not depend on which one is installed (docs/layout.md, "Fonts of the PDF").
        start.Environment["FONTCONFIG_FILE"] = Repo.Path_("tools", "fonts.conf");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}");
        }
    }

    public void Dispose() => temp.Dispose();
}
