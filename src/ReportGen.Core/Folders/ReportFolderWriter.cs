using System.Collections.Immutable;
using System.Text;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Folders;

/// <summary>
/// Turns a <see cref="Report"/> into the files of a report folder. The files are built in memory first
/// (name → text) so that import, init and aggregate can check them through <see cref="InMemoryReportSource"/>
/// before anything touches the disk.
/// </summary>
internal sealed class ReportFolderWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public ImmutableSortedDictionary<string, string> Render(Report report)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        files[MetadataJsonLoader.FileName] = ReportJsonWriter.Write(report.Metadata);
        foreach (var table in StatutoryFormat.Tables)
        {
            files[table.FileName] = TableCsvWriter.Write(report.Table(table.Key));
        }
        foreach (var section in StatutoryFormat.Sections)
        {
            if (report.Narratives.TryGetValue(section.Key, out var narrative) && narrative.Text.Trim().Length > 0)
            {
                files[section.NarrativeFile] = narrative.Text;
            }
        }
        return files.ToImmutable();
    }

    public InMemoryReportSource ToSource(string name, Report report) => InMemoryReportSource.FromText(name, Render(report));

    /// <summary>
    /// Writes the files into a folder that does not exist yet or is empty. Existing files are never
    /// replaced: a person's edited report must not be lost to a second import.
    /// </summary>
    public FolderWriteOutcome WriteNew(string folder, IReadOnlyDictionary<string, string> files)
    {
        if (File.Exists(folder))
        {
            return Refused(folder, $"{folder} 是一个已有的文件，无法在此创建报告文件夹");
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return Refused(folder, $"文件夹 {folder} 已存在且不为空，为避免覆盖已有内容，未写入任何文件；请指定一个新的文件夹");
        }
        var written = ImmutableArray.CreateBuilder<string>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var path = Path.Combine(folder, name);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                var bytes = Utf8NoBom.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                written.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FolderWriteOutcome(folder, written.ToImmutable(), $"写入 {folder} 失败：{e.Message}（已写入 {written.Count} 个文件）");
        }
        return new FolderWriteOutcome(folder, written.ToImmutable(), null);
    }

    public FolderWriteOutcome WriteNew(string folder, Report report) => WriteNew(folder, Render(report));

    /// <summary>
    /// Saves the files of an existing report folder (the page's 保存). Every file is first written in
    /// full to a hidden temp file beside it and flushed; only when all of them are on disk are they
    /// renamed over the old ones, so a failure (disk full, permissions) leaves every old file as it was.
    /// Files the folder has that are not named here are left alone.
    /// </summary>
    public FolderWriteOutcome Update(string folder, IReadOnlyDictionary<string, string> files)
    {
        if (!Directory.Exists(folder))
        {
            return Refused(folder, $"报告文件夹 {folder} 不存在（可能已被移动或删除），未写入任何文件");
        }
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var target = Path.Combine(folder, name);
                var temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temp, target));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                var bytes = Utf8NoBom.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(staged);
            return Refused(folder, $"保存到 {folder} 失败：{e.Message}。原有文件均未改动；请检查磁盘空间和权限后重试");
        }
        var written = ImmutableArray.CreateBuilder<string>();
        try
        {
            foreach (var (temp, target) in staged)
            {
                File.Move(temp, target, overwrite: true);
                written.Add(target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(staged.Skip(written.Count));
            return new FolderWriteOutcome(folder, written.ToImmutable(), $"保存到 {folder} 时中断：{e.Message}（已替换 {written.Count} 个文件）。请关闭占用这些文件的程序后重试");
        }
        return new FolderWriteOutcome(folder, written.ToImmutable(), null);
    }

    private static void Discard(IEnumerable<(string Temp, string Target)> staged)
    {
        foreach (var (temp, _) in staged)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The temp name is hidden and unique; the old file it would have replaced is intact.
            }
        }
    }

    private static FolderWriteOutcome Refused(string folder, string problem) => new(folder, [], problem);
}
