namespace ReportGen.Disk;

/// <summary>
/// Writes a new folder as a whole: the files go into a hidden temporary sibling, each flushed to disk,
/// and the sibling is renamed into place only when all are written. A full disk or a stopped process
/// leaves nothing behind (no half folder that a retry would then refuse as "not empty"). The target
/// must not exist or be an empty folder: nothing a person wrote is ever replaced.
/// </summary>
internal sealed class AtomicFolderWriter
{
    private const string NewFolder = "请指定一个新的文件夹";

    public FolderWriteOutcome WriteNew(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        string target;
        try
        {
            target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return FolderWriteOutcome.Refused(folder, $"输出路径无效：{folder}", "请换一个合法的文件夹路径");
        }
        var entry = DiskEntry.Of(target, followLinks: false);
        if (entry.Kind is EntryKind.Regular or EntryKind.Other)
        {
            return FolderWriteOutcome.Refused(folder, $"{folder} 是一个已有的文件，无法在此创建报告文件夹", NewFolder);
        }
        var existing = entry.Kind == EntryKind.Directory;
        if (existing && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return FolderWriteOutcome.Refused(folder, $"文件夹 {folder} 已存在且不为空，为避免覆盖已有内容，未写入任何文件", NewFolder);
        }
        var parent = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(parent))
        {
            return FolderWriteOutcome.Refused(folder, $"不能在根目录 {folder} 处创建报告文件夹", NewFolder);
        }

        string? temp = null;
        try
        {
            Directory.CreateDirectory(parent);
            temp = TempPaths.NewSibling(parent);
            TempPaths.Track(temp);
            Directory.CreateDirectory(temp);
            foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                using var stream = new FileStream(Path.Combine(temp, name), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (existing)
            {
                // Not recursive: if someone put a file there meanwhile, this fails and their file stays.
                Directory.Delete(target);
            }
            Directory.Move(temp, target);
            TempPaths.Release(temp);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is IOException io && AtomicFileWriter.IsDiskFull(io) ? "磁盘空间不足" : e.Message;
            return FolderWriteOutcome.Refused(folder, $"写入 {folder} 失败：{why}", "未留下任何文件，可以直接重试");
        }
        finally
        {
            if (temp is not null)
            {
                TempPaths.Remove(temp);
            }
        }
        return new FolderWriteOutcome(folder, [.. files.Keys.Order(StringComparer.Ordinal).Select(name => Path.Combine(folder, name))], null);
    }
}
