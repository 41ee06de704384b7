using System.Collections.Immutable;
using ReportGen.Disk;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Write;

namespace ReportGen.Pipeline;

/// <summary>
/// Load → Validate → Render → Write. Every rule runs first; with any error nothing is written, and
/// the document is written atomically so an older file at the path survives every failure.
/// </summary>
internal sealed class ReportBuilder
{
    /// <summary>One report into a .docx, or a folder of report folders into the output folder: the disk says which.</summary>
    public IReadOnlyList<BuildOutcome> Run(BuildRequest request)
    {
        var input = InputPath.Classify(request.Folder);
        return input.Kind == InputKind.Collection ? BuildAll(input, request) : [Build(input, request.Output, request.Templates)];
    }

    public BuildOutcome Build(BuildRequest request) => Build(InputPath.Classify(request.Folder), request.Output, request.Templates);

    private BuildOutcome Build(InputPath input, string output, string? templateFolder, Func<Diagnostic?>? prepareOutput = null)
    {
        try
        {
            return BuildChecked(input, output, templateFolder, prepareOutput);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new BuildOutcome(input.Given, [FolderChecks.InternalError(input.Given, e)], null);
        }
    }

    private static BuildOutcome BuildChecked(InputPath input, string output, string? templateFolder, Func<Diagnostic?>? prepareOutput)
    {
        TemplateSet templates = EmbeddedTemplateSet.Instance;
        if (templateFolder is { } folder)
        {
            if (DiskEntry.Of(folder, followLinks: true).Kind != EntryKind.Directory)
            {
                return new BuildOutcome(input.Given, [new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(folder, 0, 0),
                    $"模板文件夹 {folder} 不存在", "请给出从 templates/ 复制并修改过的文件夹")], null);
            }
            templates = new DirectoryTemplateSet(folder);
        }

        var check = FolderChecks.CheckOne(input, templates);
        if (check.ExitCode != ExitCode.Success || check.Document is not { } document)
        {
            return new BuildOutcome(input.Given, check.Diagnostics, null);
        }
        var findings = check.Diagnostics;
        if (prepareOutput?.Invoke() is { } unprepared)
        {
            return new BuildOutcome(input.Given, findings.Add(unprepared), null);
        }

        var guard = new OutputGuard([.. InputFiles(input), .. templates.FilesRead]);
        var written = new AtomicFileWriter().Write(output, stream => new DocxReportWriter().Write(document, stream), guard);
        if (written.Input is { } overwritten)
        {
            return new BuildOutcome(input.Given, findings.Add(Unwritable(output,
                $"输出文件 {output} 是{(input.Kind == InputKind.ReportFolder ? "报告文件夹中的" : string.Empty)}输入文件 {overwritten}，不能覆盖", "请用 -o 指定另一个 .docx 文件")), null);
        }
        return written.Succeeded
            ? new BuildOutcome(input.Given, findings, written.Path)
            : new BuildOutcome(input.Given, findings.Add(Unwritable(output, written.Message!, string.Empty)), null);
    }

    /// <summary>
    /// A 政务公开办's batch: every report folder of the collection into the output folder as NAME.docx,
    /// in parallel; each report stands or falls on its own. The output folder is created only when the
    /// first report has passed its checks.
    /// </summary>
    private List<BuildOutcome> BuildAll(InputPath collection, BuildRequest request)
    {
        var outputFolder = request.Output;
        var entry = DiskEntry.Of(outputFolder, followLinks: true);
        if (entry.Kind is EntryKind.Regular or EntryKind.Other)
        {
            return [new BuildOutcome(collection.Given, [Unwritable(outputFolder, $"批量生成时 -o 应为文件夹，而 {outputFolder} 是一个文件", "请用 -o 指定一个输出文件夹")], null)];
        }
        var created = new Lazy<Diagnostic?>(() => CreateFolder(outputFolder), LazyThreadSafetyMode.ExecutionAndPublication);
        return [.. collection.Reports.AsParallel().AsOrdered()
            .Select(folder => Build(InputPath.Classify(folder), Path.Combine(outputFolder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".docx"),
                request.Templates, () => created.Value))];
    }

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

    /// <summary>Every file a build reads from its input, present or not: none of them may be the output.</summary>
    private static IEnumerable<string> InputFiles(InputPath input) =>
        input.Kind != InputKind.ReportFolder
            ? [input.Given]
            : StatutoryFormat.Tables.Select(t => t.FileName)
                .Concat(StatutoryFormat.Sections.Select(s => s.NarrativeFile))
                .Append(MetadataJsonLoader.FileName)
                .Select(name => Path.Combine(input.Given, name));

    private static Diagnostic Unwritable(string output, string message, string hint) =>
        new(RuleCatalog.Unwritable, new SourceLocation(output, 0, 0), message.TrimEnd('。'), hint);
}
