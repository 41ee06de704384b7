using System.Collections.Immutable;
using ReportGen.Disk;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>
/// Checks the report folders a request names: each on its own, a parent folder as all the report
/// folders in it. Each input stands or falls on its own: a failure inside the tool on one input is
/// that input's finding (F05), and every other input is still checked.
/// </summary>
internal static class FolderChecks
{
    public static ImmutableArray<CheckOutcome> Run(CheckRequest request, Action<int, int, string>? progress = null)
    {
        var inputs = request.Folders.SelectMany(Expand).ToImmutableArray();
        if (request.Previous is { } previous && inputs.Length == 1)
        {
            var outcome = CheckWithPrevious(inputs[0], EmbeddedTemplateSet.Instance, previous);
            progress?.Invoke(1, 1, inputs[0].Given);
            return [Validate.Content.Acknowledgements.Apply(outcome)];
        }
        var done = 0;
        CheckOutcome One(InputPath input)
        {
            var outcome = CheckOne(input, EmbeddedTemplateSet.Instance);
            progress?.Invoke(Interlocked.Increment(ref done), inputs.Length, input.Given);
            return outcome;
        }
        // One folder, the common case, needs no thread pool: starting its workers costs more than the check.
        var outcomes = inputs.Length == 1
            ? [One(inputs[0])]
            : inputs.AsParallel().AsOrdered().Select(One).ToImmutableArray();
        outcomes = request.Previous is not null ? PreviousMisused(outcomes)
            : outcomes.Length > 1 ? Validate.Content.CrossUnitSimilarityRule.Check(outcomes)
            : outcomes;
        return [.. outcomes.Select(Validate.Content.Acknowledgements.Apply)];
    }

    /// <summary>A collection becomes its report folders; anything else stays what it is.</summary>
    public static IEnumerable<InputPath> Expand(string path)
    {
        var input = InputPath.Classify(path);
        return input.Kind == InputKind.Collection
            ? input.Reports.Select(r => input with { Given = r, Kind = InputKind.ReportFolder, Reports = [r] })
            : [input];
    }

    public static CheckOutcome CheckOne(string path) => CheckOne(InputPath.Classify(path), EmbeddedTemplateSet.Instance);

    /// <summary>
    /// A folder is checked as it is and rendered with <paramref name="templates"/> (so `check` reaches
    /// the verdict `build` would); a published report file is imported in memory first.
    /// </summary>
    public static CheckOutcome CheckOne(InputPath input, TemplateSet templates, Report? previous = null)
    {
        try
        {
            return input.Kind switch
            {
                InputKind.ReportFolder => new ReportChecker().Check(input.Given, new DirectoryReportSource(input.Given), templates, previous),
                InputKind.PublishedFile => new ReportImport().Check(input.Given, previous),
                InputKind.NotRegular => new CheckOutcome(input.Given, null,
                    [BoundedFileReader.Finding(FileReadProblem.NotRegular, input.Given, ReportImport.MaxBytes, ExpectedFile.ReportOrFolder)]),
                _ => Missing(input, "报告文件夹"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CheckOutcome(input.Given, null, [InternalError(input.Given, e)]);
        }
    }

    /// <summary>A failure inside the tool, as the finding of the input it happened on.</summary>
    public static Diagnostic InternalError(string place, Exception e) =>
        new(RuleCatalog.Internal, new SourceLocation(place, 0, 0),
            $"处理 {place} 时工具内部出错（{e.GetType().Name}：{e.Message}），此项未完成；其余输入不受影响",
            "请把这条信息和该文件夹发给维护者");

    private static ImmutableArray<CheckOutcome> PreviousMisused(ImmutableArray<CheckOutcome> outcomes) =>
        [.. outcomes.Select(o => o with
        {
            Diagnostics = o.Diagnostics.Add(JobFailure(o.Folder, "--previous 只能与一个报告文件夹一起使用", "请逐个文件夹检查跨年一致性")),
        })];

    /// <summary>
    /// One report with last year's: last year's is read first, so the narrative renders with the
    /// indicators' change (templates: indicators.*.change), then the cross-year rules run.
    /// </summary>
    public static CheckOutcome CheckWithPrevious(InputPath input, TemplateSet templates, string previousFolder)
    {
        var previousInput = InputPath.Classify(previousFolder);
        var previous = previousInput.Kind is InputKind.ReportFolder or InputKind.Collection
            ? new ReportFolderLoader().Load(new DirectoryReportSource(previousFolder))
            : new Outcome<Report>(null, Missing(previousInput, "上年报告文件夹").Diagnostics);
        var current = CheckOne(input, templates, previous.Value);
        if (previous.Value is null)
        {
            var why = previous.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? string.Empty;
            return current with { Diagnostics = current.Diagnostics.Add(JobFailure(previousFolder, $"无法读取上年报告 {previousFolder}：{why}", "请先用 reportgen check 检查上年报告文件夹")) };
        }
        if (current.Report is null)
        {
            return current;
        }
        var crossYear = new CrossYearValidator().Check(current.Report, previous.Value)
            .AddRange(Validate.Content.PreviousYearSimilarityRule.Check(current.Report, previous.Value));
        return current with { Diagnostics = current.Diagnostics.AddRange(crossYear), Previous = previous.Value };
    }

    /// <summary>An input that is not a folder, as <see cref="InputPath"/> classified it.</summary>
    private static CheckOutcome Missing(InputPath input, string what)
    {
        var folder = input.Given;
        var message = input.Kind != InputKind.Missing ? $"{folder} 是一个文件，而这里需要{what}" : $"{what} {folder} 不存在";
        message = what == "报告文件夹" ? $"{folder} 不存在（既不是报告文件夹，也不是年报文件）" : message;
        return new CheckOutcome(folder, null, [JobFailure(folder, message, "请给出含 report.json 与三张表 CSV 的文件夹路径；可用 reportgen init 新建")]);
    }

    private static Diagnostic JobFailure(string folder, string message, string hint) =>
        new(RuleCatalog.MissingFile, new SourceLocation(folder, 0, 0), message, hint);
}
