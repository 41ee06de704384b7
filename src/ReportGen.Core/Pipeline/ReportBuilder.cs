using System.Collections.Immutable;
using ReportGen.Disk;
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
/// never left with only some of its files. PDFs of a whole batch come from one converter run. A
/// failure inside the tool on one report is that report's finding; the others are still built.
/// </summary>
internal sealed class ReportBuilder(IPdfConverter? converter = null)
{
    private readonly IPdfConverter pdfConverter = converter ?? new LibreOfficeConverter();

    /// <summary>One report into its files, or a folder of report folders into the output folder: the disk says which.</summary>
    public IReadOnlyList<BuildOutcome> Run(BuildRequest request)
    {
        var input = InputPath.Classify(request.Folder);
        var batch = input.Kind == InputKind.Collection;
        if (Misuse(batch, request) is { } usage)
        {
            return [BuildOutcome.NotWritten(request.Folder, [Unwritable(request.Outputs.IsDefaultOrEmpty ? request.Folder : request.Outputs[0], usage.Message, usage.Hint)])];
        }
        return batch ? BuildAll(input, request) : Finish([Prepare(input, request.Outputs, request.Templates, previous: request.Previous)]);
    }

    public BuildOutcome Build(BuildRequest request) => Finish([Prepare(InputPath.Classify(request.Folder), request.Outputs, request.Templates, previous: request.Previous)])[0];

    /// <summary>A batch writes into one folder, in the formats it names; one report takes its formats from the -o extensions.</summary>
    private static (string Message, string Hint)? Misuse(bool batch, BuildRequest request) =>
        batch && request.Outputs.Length > 1 ? ("批量生成时只能给出一个 -o 输出文件夹", "要生成多种格式，请用 --to，例如 --to docx --to pdf")
        : !batch && !request.BatchFormats.IsDefaultOrEmpty ? ("--to 只用于批量生成", "生成一份报告时，格式由 -o 文件的扩展名决定，例如 -o 报告.pdf")
        : batch && request.Previous is not null ? ("--previous 只能与一个报告文件夹一起使用", "请逐个文件夹生成，各自给出上年报告")
        : null;

    /// <summary>
    /// A 政务公开办's batch: every report folder of the collection into the output folder as NAME.docx
    /// (and .pdf, .html as the request asks), in parallel; each report stands or falls on its own. The
    /// output folder is created only when the first report has passed its checks.
    /// </summary>
    private List<BuildOutcome> BuildAll(InputPath collection, BuildRequest request)
    {
        var outputFolder = request.Outputs[0];
        var entry = DiskEntry.Of(outputFolder, followLinks: true);
        if (entry.Kind is EntryKind.Regular or EntryKind.Other)
        {
            return [BuildOutcome.NotWritten(collection.Given, [Unwritable(outputFolder, $"批量生成时 -o 应为文件夹，而 {outputFolder} 是一个文件", "请用 -o 指定一个输出文件夹")])];
        }
        var wanted = request.BatchFormats.IsDefaultOrEmpty ? [OutputFormat.Docx] : request.BatchFormats.Distinct().ToImmutableArray();
        var created = new Lazy<Diagnostic?>(() => CreateFolder(outputFolder), LazyThreadSafetyMode.ExecutionAndPublication);
        var prepared = collection.Reports.AsParallel().AsOrdered()
            .Select(folder =>
            {
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
                return Prepare(InputPath.Classify(folder), [.. wanted.Select(f => Path.Combine(outputFolder, name + OutputFormats.Extension(f)))],
                    request.Templates, () => created.Value);
            })
            .ToList();
        return Finish(prepared);
    }

    /// <summary>A report checked and rendered, its outputs decided and the .docx made; or the findings that stop it.</summary>
    private sealed record Prepared(
        string Folder,
        ImmutableArray<Diagnostic> Findings,
        ImmutableArray<(string Path, OutputFormat Format)> Outputs,
        ReportDocument? Document,
        byte[]? Docx,
        OutputGuard Guard)
    {
        /// <summary>The checked report, for the outputs that are its tables rather than its document (.xlsx).</summary>
        public Report? Report { get; init; }

        public bool Wants(OutputFormat format) => Outputs.Any(o => o.Format == format);

        /// <summary>Checked, rendered and its outputs vetted: to be written (a stopped report has no outputs).</summary>
        public bool Ready => !Outputs.IsDefaultOrEmpty;
    }

    private static Prepared Prepare(InputPath input, ImmutableArray<string> outputs, string? templateFolder, Func<Diagnostic?>? prepareOutput = null, string? previous = null)
    {
        try
        {
            return PrepareChecked(input, outputs, templateFolder, prepareOutput, previous);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Stopped(input.Given, [FolderChecks.InternalError(input.Given, e)]);
        }
    }

    private static Prepared Stopped(string folder, ImmutableArray<Diagnostic> findings) => new(folder, findings, [], null, null, OutputGuard.None);

    private static Prepared PrepareChecked(InputPath input, ImmutableArray<string> outputs, string? templateFolder, Func<Diagnostic?>? prepareOutput, string? previous)
    {
        TemplateSet templates = EmbeddedTemplateSet.Instance;
        if (templateFolder is { } folder)
        {
            if (DiskEntry.Of(folder, followLinks: true).Kind != EntryKind.Directory)
            {
                return Stopped(input.Given, [new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(folder, 0, 0),
                    $"模板文件夹 {folder} 不存在", "请给出从 templates/ 复制并修改过的文件夹")]);
            }
            templates = new DirectoryTemplateSet(folder);
        }

        // The check renders the narrative too (so `check` reaches the verdict `build` would): its document is the one written.
        var check = Validate.Content.Acknowledgements.Apply(previous is null
            ? FolderChecks.CheckOne(input, templates)
            : FolderChecks.CheckWithPrevious(input, templates, previous));
        if (check.ExitCode != ExitCode.Success || check.Document is not { } document)
        {
            return Stopped(input.Given, check.Diagnostics);
        }
        var findings = check.Diagnostics;
        var guard = new OutputGuard([.. InputFiles(input), .. templates.FilesRead], input.Kind == InputKind.ReportFolder ? "报告文件夹中的" : string.Empty);
        // A batch's output folder is made once the first report has passed, before its outputs are vetted.
        if (prepareOutput?.Invoke() is { } unprepared)
        {
            return Stopped(input.Given, findings.Add(unprepared));
        }
        if (OutputProblem(input, outputs, guard) is { } problem)
        {
            return Stopped(input.Given, findings.Add(problem));
        }
        var prepared = new Prepared(input.Given, findings, [.. outputs.Select(o => (o, OutputFormats.Of(o)!.Value))], document, null, guard) { Report = check.Report };
        prepared = prepared.Wants(OutputFormat.Docx) || prepared.Wants(OutputFormat.Pdf)
            ? prepared with { Docx = Encode(s => new DocxReportWriter().Write(document, s)) }
            : prepared;
        // A batch keeps every prepared report until its one conversion is done: only what the outputs still need.
        return prepared with
        {
            Document = prepared.Wants(OutputFormat.Html) ? document : null,
            Report = prepared.Wants(OutputFormat.Workbook) ? check.Report : null,
        };
    }

    /// <summary>
    /// Converts every PDF the reports need in one converter run, then writes each report's files
    /// together, taking its PDF from the batch only then: a batch holds the PDFs of the reports being
    /// written (one per core), not all of them.
    /// </summary>
    private List<BuildOutcome> Finish(List<Prepared> prepared)
    {
        var needPdf = prepared.Where(p => p.Ready && p.Wants(OutputFormat.Pdf)).ToList();
        using var batch = needPdf.Count == 0 ? PdfBatch.Empty : pdfConverter.Convert([.. needPdf.Select(p => p.Docx!)]);
        var pdfOf = needPdf.Select((p, i) => (P: p, I: i)).ToDictionary<(Prepared P, int I), Prepared, int>(x => x.P, x => x.I, ReferenceEqualityComparer.Instance);
        return prepared.AsParallel().AsOrdered()
            .Select(p => Write(p, pdfOf.TryGetValue(p, out var i) ? batch.Take(i) : null))
            .ToList();
    }

    private static BuildOutcome Write(Prepared report, PdfConversion? pdf)
    {
        if (!report.Ready)
        {
            return BuildOutcome.NotWritten(report.Folder, report.Findings);
        }
        if (pdf is { Pdf: null })
        {
            var target = report.Outputs.First(o => o.Format == OutputFormat.Pdf).Path;
            return BuildOutcome.NotWritten(report.Folder, report.Findings.Add(new Diagnostic(RuleCatalog.NoConverter, new SourceLocation(target, 0, 0),
                pdf.Failure!.TrimEnd('。'), "没有写入任何输出文件")));
        }
        var findings = pdf?.Warning is { } warning
            ? report.Findings.Add(new Diagnostic(RuleCatalog.PdfFontSubstituted, new SourceLocation(report.Outputs.First(o => o.Format == OutputFormat.Pdf).Path, 0, 0),
                warning, PdfFontCheck.InstallFonts))
            : report.Findings;
        report = report with { Findings = findings };
        var files = report.Outputs.Select(o => new FileContent(o.Path, o.Format switch
        {
            OutputFormat.Docx => s => s.Write(report.Docx),
            OutputFormat.Pdf => s => s.Write(pdf!.Pdf),
            OutputFormat.Workbook => s => s.Write(Workbook.TablesWorkbook.Write(report.Report!)),
            _ => s => new HtmlReportWriter().Write(report.Document!, s),
        })).ToList();
        var written = new AtomicFileWriter().WriteAll(files, report.Guard);
        return written.Succeeded
            ? new BuildOutcome(report.Folder, report.Findings, [.. report.Outputs.Select(o => Path.GetFullPath(o.Path))])
            : BuildOutcome.NotWritten(report.Folder, report.Findings.Add(written.Finding!));
    }

    private static byte[] Encode(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// An output that cannot be written as asked, found before anything is made: none given, one that is
    /// an input (by file identity) or not a regular file, an unknown extension, or a path given twice.
    /// </summary>
    private static Diagnostic? OutputProblem(InputPath input, ImmutableArray<string> outputs, OutputGuard guard)
    {
        if (outputs.IsDefaultOrEmpty)
        {
            return Unwritable(input.Given, "没有给出输出文件", $"请用 -o 指定要生成的文件（{OutputFormats.Listed}）");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            if (WorkbookBesideCsv(input, output))
            {
                return Unwritable(output, $"输出文件 {output} 会使报告文件夹 {input.Given} 同时有三个 CSV 和 {FolderLayout.WorkbookFile}，之后无法确定以哪一种为准",
                    "请把工作簿写到报告文件夹以外；要改用工作簿填写，请写到别处后再替换这三个 CSV");
            }
            if (AtomicFileWriter.Refusal(output, guard) is { Finding: { } refused })
            {
                return refused;
            }
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

    /// <summary>
    /// A report folder of CSVs (it has no tables.xlsx yet, and it passed its check) would get tables.xlsx
    /// beside them and could no longer be read. An existing tables.xlsx is the folder's input: the guard refuses it.
    /// </summary>
    private static bool WorkbookBesideCsv(InputPath input, string output) =>
        input.Kind == InputKind.ReportFolder && OutputFormats.Of(output) == OutputFormat.Workbook
        && Path.GetFullPath(output) == Path.GetFullPath(Path.Combine(input.Given, FolderLayout.WorkbookFile))
        && DiskEntry.Of(output, followLinks: false).Kind == EntryKind.Missing;

    private static Diagnostic? CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unwritable(folder, $"无法创建输出文件夹 {folder}：{e.Message.TrimEnd('.')}", "请用 -o 指定一个可以创建的文件夹");
        }
    }

    /// <summary>Every file a build reads from its input, present or not: none of them may be an output.</summary>
    private static IEnumerable<string> InputFiles(InputPath input) =>
        input.Kind != InputKind.ReportFolder
            ? [input.Given]
            : FolderLayout.Files.Select(name => Path.Combine(input.Given, name));

    private static Diagnostic Unwritable(string output, string message, string hint) =>
        new(RuleCatalog.Unwritable, new SourceLocation(output, 0, 0), message.TrimEnd('。'), hint);
}
