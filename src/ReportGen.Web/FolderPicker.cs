using System.Globalization;
using ReportGen.Disk;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Pipeline;

namespace ReportGen.Web;

/// <summary>
/// Started without a folder (a double-click), the page first asks for one: the person browses folders
/// on this machine, opens a report folder or creates one (the same `init` as the CLI). Only folder
/// names are shown, never a file's content; once a folder is chosen the server serves that one only.
/// </summary>
internal static class FolderPicker
{
    /// <summary>A folder with more subfolders than this is listed in part (the person can type a path).</summary>
    public const int MaxListed = 500;

    public const int MaxPathLength = 1000, MaxNameLength = 100;

    /// <summary>Where an officer keeps files: 文档, 桌面, the home folder, the folder the program started in.</summary>
    public static IReadOnlyList<PlaceView> Places()
    {
        (string Label, string Path)[] candidates =
        [
            ("文档", Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments)),
            ("桌面", Environment.GetFolderPath(Environment.SpecialFolder.DesktopDirectory)),
            ("主目录", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)),
            ("程序所在文件夹", Directory.GetCurrentDirectory()),
        ];
        return [.. candidates
            .Where(c => c.Path.Length > 0 && IsDirectory(c.Path))
            .DistinctBy(c => Path.TrimEndingDirectorySeparator(c.Path), StringComparer.Ordinal)
            .Select(c => new PlaceView(c.Label, c.Path))];
    }

    /// <summary>The subfolders of <paramref name="path"/> (hidden ones left out), report folders marked.</summary>
    public static (FolderListView? List, string? Problem) List(string path)
    {
        if (WhyNotAFolder(path) is { } problem)
        {
            return (null, problem);
        }
        var full = Path.GetFullPath(path);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, RecurseSubdirectories = false };
        var names = Directory.EnumerateDirectories(full, "*", options)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.'))
            .Order(StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase))
            .Take(MaxListed + 1)
            .ToList();
        var folders = names.Take(MaxListed).Select(n => Path.Combine(full, n)).Select(p => new FolderEntryView(Path.GetFileName(p), p, IsReportFolder(p))).ToList();
        return (new FolderListView(full, Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)), folders, names.Count > MaxListed, IsReportFolder(full)), null);
    }

    /// <summary>The folder to serve, or why it is not one (a folder with none of the report's files).</summary>
    public static (string? Folder, string? Problem) Open(string path)
    {
        if (WhyNotAFolder(path) is { } problem)
        {
            return (null, problem);
        }
        var full = Path.GetFullPath(path);
        return IsReportFolder(full)
            ? (full, null)
            : (null, $"文件夹 {full} 中没有报告文件（{MetadataJsonLoader.FileName} 与三张表的 CSV）。请选择一个报告文件夹，或在下面新建一个");
    }

    /// <summary>A new report folder in <paramref name="choice"/>'s folder, made by the CLI's `init`.</summary>
    public static (string? Folder, string? Problem) Create(FolderChoice choice)
    {
        if (WhyNotAFolder(choice.Path) is { } problem)
        {
            return (null, problem);
        }
        var name = choice.Name.Trim();
        if (name.Length is 0 or > MaxNameLength || name is "." or ".." || name.Any(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            return (null, $"文件夹名称须为 1 至 {MaxNameLength} 个字符，不能含 / \\ : * ? \" < > | 等字符，例如“2024年报”");
        }
        var (folder, agency, year) = (Path.Combine(Path.GetFullPath(choice.Path), name), choice.Agency.Trim(), choice.Year.Trim());
        if (InitRequestValidator.Form.Value.Problems(folder, agency, year) is [var refusal, ..])
        {
            return (null, refusal);
        }
        var outcome = new ReportInitializer().Init(new InitRequest(folder, agency, int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture)));
        return outcome.Diagnostics.FirstOrDefault() is { } refused ? (null, FindingViews.Sentence(refused)) : (folder, null);
    }

    public static bool IsReportFolder(string folder) =>
        FolderForm.FileNames.Take(1 + StatutoryFormat.Tables.Length).Any(new DirectoryReportSource(folder).Exists);

    private static string? WhyNotAFolder(string path)
    {
        if (path.Length is 0 or > MaxPathLength || path.Any(char.IsControl) || !Path.IsPathFullyQualified(path))
        {
            return $"请给出文件夹的完整路径（例如 {(Places() is [var first, ..] ? first.Path : "/home/user/文档")}），可从文件管理器的地址栏复制";
        }
        return IsDirectory(path) ? null : $"文件夹 {path} 不存在或无法访问。请检查路径，或从上面的列表中选择";
    }

    private static bool IsDirectory(string path) => DiskEntry.Of(path, followLinks: true).Kind == EntryKind.Directory;
}
