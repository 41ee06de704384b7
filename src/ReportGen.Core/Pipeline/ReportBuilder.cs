using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pdf;
using ReportGen.Render;
using ReportGen.Write;

namespace ReportGen.Pipeline;

/// <summary>
/// Load → Validate → Render → Write. Every rule runs first; with any error nothing is written. The
/// outputs of one report (.docx, .pdf, .html) are all made in memory before any is written, then
/// written together atomically, so an older file at a path survives every failure and a report is
/// never left with only some of its files. PDFs of a whole batch come from one converter run.
/// </summary>
internal sealed class ReportBuilder(IPdfConverter? converter = null)
{
    private readonly IPdfConverter pdfConverter = converter ?? new LibreOfficeConverter();

    public BuildOutcome Build(BuildRequest request) => Finish([Prepare(request)])[0];

    /// <summary>
    /// A 政务公开办's batch: every report folder under <paramref name="parent"/> into
    /// <paramref name="outputFolder"/>/NAME.docx (and .pdf, .html as <paramref name="formats"/> asks),
    /// in parallel; each report stands or falls on its own.
    /// </summary>
    public IReadOnlyList<BuildOutcome> BuildAll(string parent, string outputFolder, ImmutableArray<OutputFormat> formats, string? templates)
    {
        var folders = FolderChecks.Expand(parent).ToList();
        if (File.Exists(outputFolder))
        {
            return [BuildOutcome.NotWritten(parent, [Unwritable(outputFolder, $"批量生成时 -o 应为文件夹，而 {outputFolder} 是一个文件", "请用 -o 指定一个输出文件夹")])];
        }
        Directory.CreateDirectory(outputFolder);
        var wanted = formats.IsDefaultOrEmpty ? [OutputFormat.Docx] : formats.Distinct().ToImmutableArray();
        var prepared = folders.AsParallel().AsOrdered()
            .Select(folder =>
            {
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
                return Prepare(new BuildRequest(folder, [.. wanted.Select(f => Path.Combine(outputFolder, name + OutputFormats.Extension(f)))], templates));
            })
            .ToList();
        return Finish(prepared);
    }

    /// <summary>Whether a build argument names a collection of report folders rather than one report.</summary>
    public static bool IsCollection(string folder) =>
        Directory.Exists(folder) && !File.Exists(Path.Combine(folder, MetadataJsonLoader.FileName))
        && FolderChecks.Expand(folder).FirstOrDefault() != folder;

    /// <summary>A report checked and rendered, its outputs decided and the .docx made; or the findings that stop it.</summary>
    private sealed record Prepared(
        string Folder,
        ImmutableArray<Diagnostic> Findings,
        ImmutableArray<(string Path, OutputFormat Format)> Outputs,
        ReportDocument? Document,
        byte[]? Docx)
    {
        public bool Wants(OutputFormat format) => Outputs.Any(o => o.Format == format);
    }

    private static Prepared Prepare(BuildRequest request)
    {
        Prepared Stop(ImmutableArray<Diagnostic> findings) => new(request.Folder, findings, [], null, null);

        var check = FolderChecks.CheckOne(request.Folder);
        if (check.ExitCode != ExitCode.Success || check.Report is null)
        {
            return Stop(check.Diagnostics);
        }
        var findings = check.Diagnostics;

        if (OutputProblem(request) is { } problem)
        {
            return Stop(findings.Add(problem));
        }
        var outputs = request.Outputs.Select(o => (o, OutputFormats.Of(o)!.Value)).ToImmutableArray();

        TemplateSet templates = EmbeddedTemplateSet.Instance;
        if (request.Templates is { } folder)
        {
            if (!Directory.Exists(folder))
            {
                return Stop(findings.Add(new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(folder, 0, 0),
                    $"模板文件夹 {folder} 不存在", "请给出从 templates/ 复制并修改过的文件夹")));
            }
            templates = new DirectoryTemplateSet(folder);
        }

        var rendered = new ReportRenderer(templates).Render(check.Report);
        findings = findings.AddRange(rendered.Diagnostics);
        if (rendered.Document is not { } document)
        {
            return Stop(findings);
        }
        var prepared = new Prepared(request.Folder, findings, outputs, document, null);
        return prepared.Wants(OutputFormat.Docx) || prepared.Wants(OutputFormat.Pdf)
            ? prepared with { Docx = Encode(s => new DocxReportWriter().Write(document, s)) }
            : prepared;
    }

    /// <summary>Converts every PDF the reports need in one converter run, then writes each report's files together.</summary>
    private List<BuildOutcome> Finish(List<Prepared> prepared)
    {
        var needPdf = prepared.Where(p => p.Document is not null && p.Wants(OutputFormat.Pdf)).ToList();
        var conversions = needPdf.Count == 0 ? [] : pdfConverter.Convert([.. needPdf.Select(p => p.Docx!)]);
        var pdfOf = needPdf.Select((p, i) => (p, conversions[i])).ToDictionary(x => x.p, x => x.Item2);
        return prepared.AsParallel().AsOrdered().Select(p => Write(p, pdfOf.GetValueOrDefault(p))).ToList();
    }

    private static BuildOutcome Write(Prepared report, PdfConversion? pdf)
    {
        if (report.Document is not { } document)
        {
            return BuildOutcome.NotWritten(report.Folder, report.Findings);
        }
        if (pdf is { Pdf: null })
        {
            var target = report.Outputs.First(o => o.Format == OutputFormat.Pdf).Path;
            return BuildOutcome.NotWritten(report.Folder, report.Findings.Add(new Diagnostic(RuleCatalog.NoConverter, new SourceLocation(target, 0, 0),
                pdf.Failure!.TrimEnd('。'), "没有写入任何输出文件")));
        }
        var files = report.Outputs.Select(o => new FileContent(o.Path, o.Format switch
        {
            OutputFormat.Docx => s => s.Write(report.Docx),
            OutputFormat.Pdf => s => s.Write(pdf!.Pdf),
            _ => s => new HtmlReportWriter().Write(document, s),
        })).ToList();
        var written = new AtomicFileWriter().WriteAll(files);
        return written.Succeeded
            ? new BuildOutcome(report.Folder, report.Findings, [.. report.Outputs.Select(o => Path.GetFullPath(o.Path))])
            : BuildOutcome.NotWritten(report.Folder, report.Findings.Add(Unwritable(written.Path, written.Message!, string.Empty)));
    }

    private static byte[] Encode(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    /// <summary>An output that cannot be written as asked: an unknown extension, a path given twice, or an input file.</summary>
    private static Diagnostic? OutputProblem(BuildRequest request)
    {
        if (request.Outputs.IsDefaultOrEmpty)
        {
            return Unwritable(request.Folder, "没有给出输出文件", $"请用 -o 指定要生成的文件（{OutputFormats.Listed}）");
        }
        foreach (var output in request.Outputs)
        {
            if (InputNamed(request.Folder, output) is { } input)
            {
                return Unwritable(output, $"输出文件 {output} 是报告文件夹中的输入文件 {input}，不能覆盖", "请用 -o 指定另一个文件");
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in request.Outputs)
        {
            if (OutputFormats.Of(output) is null)
            {
                return Unwritable(output, $"无法按扩展名“{Path.GetExtension(output)}”确定输出格式：{output}", $"请用 {OutputFormats.Listed} 之一作为 -o 文件的扩展名");
            }
            if (!seen.Add(Path.GetFullPath(output)))
            {
                return Unwritable(output, $"输出文件 {output} 指定了不止一次", "每个 -o 请给出不同的文件");
            }
        }
        return null;
    }

    /// <summary>The input file the output path would overwrite, if any: nothing the user wrote is ever lost.</summary>
    private static string? InputNamed(string folder, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        if (File.Exists(folder))
        {
            return Path.GetFullPath(folder) == output ? folder : null;
        }
        var inputs = StatutoryFormat.Tables.Select(t => t.FileName)
            .Concat(StatutoryFormat.Sections.Select(s => s.NarrativeFile))
            .Append(MetadataJsonLoader.FileName);
        return inputs.Select(name => Path.GetFullPath(Path.Combine(folder, name)))
            .FirstOrDefault(path => string.Equals(path, output, StringComparison.Ordinal));
    }

    private static Diagnostic Unwritable(string output, string message, string hint) =>
        new(RuleCatalog.Unwritable, new SourceLocation(output, 0, 0), message.TrimEnd('。'), hint);
}
