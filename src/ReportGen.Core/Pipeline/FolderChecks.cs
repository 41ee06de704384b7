using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>Checks the report folders a request names: each on its own, a parent folder as all the report folders in it.</summary>
internal static class FolderChecks
{
    public static ImmutableArray<CheckOutcome> Run(CheckRequest request, Action<int, int, string>? progress = null)
    {
        var folders = request.Folders.SelectMany(Expand).ToImmutableArray();
        var done = 0;
        CheckOutcome One(string folder)
        {
            var outcome = CheckOne(folder);
            progress?.Invoke(Interlocked.Increment(ref done), folders.Length, folder);
            return outcome;
        }
        // One folder, the common case, needs no thread pool: starting its workers costs more than the check.
        var outcomes = folders.Length == 1
            ? [One(folders[0])]
            : folders.AsParallel().AsOrdered().Select(One).ToImmutableArray();
        outcomes = request.Previous is { } previous ? WithPrevious(outcomes, previous)
            : outcomes.Length > 1 ? Validate.Content.CrossUnitSimilarityRule.Check(outcomes)
            : outcomes;
        return [.. outcomes.Select(Validate.Content.Acknowledgements.Apply)];
    }

    /// <summary>A folder with report.json is a report; one without, whose subfolders have one, is a collection of reports.</summary>
    public static IEnumerable<string> Expand(string folder)
    {
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, MetadataJsonLoader.FileName)))
        {
            return [folder];
        }
        var reports = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, MetadataJsonLoader.FileName)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return reports.Count > 0 ? reports : [folder];
    }

    /// <summary>A folder is checked as it is; a published report file (.docx or text) is imported in memory first.</summary>
    public static CheckOutcome CheckOne(string folder) =>
        Directory.Exists(folder) ? new ReportChecker().Check(folder, new DirectoryReportSource(folder))
        : File.Exists(folder) ? new ReportImport().Check(folder)
        : Missing(folder, "报告文件夹");

    private static ImmutableArray<CheckOutcome> WithPrevious(ImmutableArray<CheckOutcome> outcomes, string previousFolder)
    {
        if (outcomes.Length != 1)
        {
            return [.. outcomes.Select(o => o with
            {
                Diagnostics = o.Diagnostics.Add(JobFailure(o.Folder, "--previous 只能与一个报告文件夹一起使用", "请逐个文件夹检查跨年一致性")),
            })];
        }
        var current = outcomes[0];
        var previous = Directory.Exists(previousFolder)
            ? new ReportFolderLoader().Load(new DirectoryReportSource(previousFolder))
            : new LoadOutcome<Report>(null, Missing(previousFolder, "上年报告文件夹").Diagnostics);
        if (previous.Value is null)
        {
            var why = previous.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? string.Empty;
            return [current with { Diagnostics = current.Diagnostics.Add(JobFailure(previousFolder, $"无法读取上年报告 {previousFolder}：{why}", "请先用 reportgen check 检查上年报告文件夹")) }];
        }
        if (current.Report is null)
        {
            return outcomes;
        }
        var crossYear = new CrossYearValidator().Check(current.Report, previous.Value)
            .AddRange(Validate.Content.PreviousYearSimilarityRule.Check(current.Report, previous.Value));
        return [current with { Diagnostics = current.Diagnostics.AddRange(crossYear) }];
    }

    private static CheckOutcome Missing(string folder, string what)
    {
        var message = File.Exists(folder) ? $"{folder} 是一个文件，而这里需要{what}" : $"{what} {folder} 不存在";
        message = what == "报告文件夹" ? $"{folder} 不存在（既不是报告文件夹，也不是年报文件）" : message;
        return new CheckOutcome(folder, null, [JobFailure(folder, message, "请给出含 report.json 与三张表 CSV 的文件夹路径；可用 reportgen init 新建")]);
    }

    private static Diagnostic JobFailure(string folder, string message, string hint) =>
        new(RuleCatalog.MissingFile, new SourceLocation(folder, 0, 0), message, hint);
}
