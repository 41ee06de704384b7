using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>Checks the report folders a request names, each on its own.</summary>
internal static class FolderChecks
{
    public static ImmutableArray<CheckOutcome> Run(CheckRequest request)
    {
        var checker = new ReportChecker();
        return [.. request.Folders.Select(folder => Directory.Exists(folder)
            ? checker.Check(folder, new DirectoryReportSource(folder))
            : Missing(folder))];
    }

    private static CheckOutcome Missing(string folder)
    {
        var message = File.Exists(folder) ? $"{folder} 是一个文件，而这里需要报告文件夹" : $"报告文件夹 {folder} 不存在";
        return new CheckOutcome(folder, null,
        [
            new Diagnostic(RuleCatalog.MissingFile, new SourceLocation(folder, 0, 0), message,
                "请给出含 report.json 与三张表 CSV 的文件夹路径；可用 reportgen init 新建"),
        ]);
    }
}
