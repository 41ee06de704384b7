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
    public BuildOutcome Build(BuildRequest request)
    {
        var check = Validate.Content.Acknowledgements.Apply(FolderChecks.CheckOne(request.Folder));
        if (check.ExitCode != ExitCode.Success || check.Report is null)
        {
            return new BuildOutcome(request.Folder, check.Diagnostics, null);
        }
        var findings = check.Diagnostics;

        if (InputNamed(request) is { } input)
        {
            return new BuildOutcome(request.Folder, findings.Add(Unwritable(request.Output,
                $"输出文件 {request.Output} 是报告文件夹中的输入文件 {input}，不能覆盖", "请用 -o 指定另一个 .docx 文件")), null);
        }

        TemplateSet templates = EmbeddedTemplateSet.Instance;
        if (request.Templates is { } folder)
        {
            if (!Directory.Exists(folder))
            {
                return new BuildOutcome(request.Folder, findings.Add(new Diagnostic(RuleCatalog.TemplateMissing, new SourceLocation(folder, 0, 0),
                    $"模板文件夹 {folder} 不存在", "请给出从 templates/ 复制并修改过的文件夹")), null);
            }
            templates = new DirectoryTemplateSet(folder);
        }

        var rendered = new ReportRenderer(templates).Render(check.Report);
        findings = findings.AddRange(rendered.Diagnostics);
        if (rendered.Document is not { } document)
        {
            return new BuildOutcome(request.Folder, findings, null);
        }

        var written = new AtomicFileWriter().Write(request.Output, stream => new DocxReportWriter().Write(document, stream));
        return written.Succeeded
            ? new BuildOutcome(request.Folder, findings, written.Path)
            : new BuildOutcome(request.Folder, findings.Add(Unwritable(request.Output, written.Message!, string.Empty)), null);
    }

    /// <summary>
    /// A 政务公开办's batch: every report folder under <paramref name="parent"/> into
    /// <paramref name="outputFolder"/>/NAME.docx, in parallel; each report stands or falls on its own.
    /// </summary>
    public IReadOnlyList<BuildOutcome> BuildAll(string parent, string outputFolder, string? templates)
    {
        var folders = FolderChecks.Expand(parent).ToList();
        if (File.Exists(outputFolder))
        {
            return [new BuildOutcome(parent, [Unwritable(outputFolder, $"批量生成时 -o 应为文件夹，而 {outputFolder} 是一个文件", "请用 -o 指定一个输出文件夹")], null)];
        }
        Directory.CreateDirectory(outputFolder);
        return folders.AsParallel().AsOrdered()
            .Select(folder => Build(new BuildRequest(folder, Path.Combine(outputFolder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".docx"), templates)))
            .ToList();
    }

    /// <summary>Whether a build argument names a collection of report folders rather than one report.</summary>
    public static bool IsCollection(string folder) =>
        Directory.Exists(folder) && !File.Exists(Path.Combine(folder, MetadataJsonLoader.FileName))
        && FolderChecks.Expand(folder).FirstOrDefault() != folder;

    /// <summary>The input file the output path would overwrite, if any: nothing the user wrote is ever lost.</summary>
    private static string? InputNamed(BuildRequest request)
    {
        var output = Path.GetFullPath(request.Output);
        if (File.Exists(request.Folder))
        {
            return Path.GetFullPath(request.Folder) == output ? request.Folder : null;
        }
        var inputs = StatutoryFormat.Tables.Select(t => t.FileName)
            .Concat(StatutoryFormat.Sections.Select(s => s.NarrativeFile))
            .Append(MetadataJsonLoader.FileName);
        return inputs.Select(name => Path.GetFullPath(Path.Combine(request.Folder, name)))
            .FirstOrDefault(path => string.Equals(path, output, StringComparison.Ordinal));
    }

    private static Diagnostic Unwritable(string output, string message, string hint) =>
        new(RuleCatalog.Unwritable, new SourceLocation(output, 0, 0), message.TrimEnd('。'), hint);
}
