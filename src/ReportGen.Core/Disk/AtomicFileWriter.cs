using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Disk;

/// <summary>One file to write: where, and the code that writes its content.</summary>
internal sealed record FileContent(string TargetPath, Action<Stream> Write);

/// <summary>What became of a write: the file written (the last, of several), or the finding (F03) that names the path and what to do.</summary>
internal sealed record WriteOutcome(string Path, Diagnostic? Finding)
{
    public bool Succeeded => Finding is null;

    public static WriteOutcome Written(string path) => new(path, null);

    /// <summary>Refused or failed at <paramref name="path"/>, the place the finding names.</summary>
    public static WriteOutcome Failed(string path, string message, string hint) =>
        new(path, new Diagnostic(RuleCatalog.Unwritable, new SourceLocation(path, 0, 0), message, hint));
}

/// <summary>
/// Writes files so that readers see either the old file or the complete new one: the content goes
/// to a uniquely named temp file in the target's folder (same file system, so the rename is atomic),
/// is flushed to disk, then renamed over the target. On any failure the temp files are removed and
/// the old targets are untouched. Only a regular file (or nothing) is ever replaced, never an input
/// of the job. Expected failures (bad path, permissions, disk full) are returned as values;
/// exceptions from the caller's own code still propagate, after the cleanup.
/// </summary>
internal sealed class AtomicFileWriter
{
    public WriteOutcome Write(string targetPath, Action<Stream> write, OutputGuard? guard = null) =>
        WriteAll([new FileContent(targetPath, write)], guard);

    /// <summary>
    /// Several files, all or nothing: every target is vetted first, every file is written to its temp
    /// file, and only when all of them are complete are they renamed into place. A failure before that
    /// leaves every target as it was; the outcome names the file that failed, or on success the last one.
    /// </summary>
    public WriteOutcome WriteAll(IReadOnlyList<FileContent> files, OutputGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("至少要写入一个文件。", nameof(files));
        }
        var targets = new List<(string Target, string Folder)>(files.Count);
        foreach (var file in files)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(file.TargetPath);
            ArgumentNullException.ThrowIfNull(file.Write);
            if (Vet(file.TargetPath, guard, out var target, out var folder) is { } refusal)
            {
                return refusal;
            }
            targets.Add((target, folder));
        }

        var staged = new List<(string Temp, string Target)>(files.Count);
        var renamed = 0;
        var current = targets[0].Target;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                current = targets[i].Target;
                var temp = TempPaths.NewSibling(targets[i].Folder);
                TempPaths.Track(temp);
                staged.Add((temp, current));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temp, target) in staged)
            {
                current = target;
                File.Move(temp, target, overwrite: true);
                renamed++;
                TempPaths.Release(temp);
            }
            return WriteOutcome.Written(current);
        }
        catch (UnauthorizedAccessException)
        {
            return WriteOutcome.Failed(current, $"没有写入权限：{current}", "请检查该文件或文件夹的权限，或关闭正在占用该文件的程序后重试。");
        }
        catch (IOException ex) when (IsDiskFull(ex))
        {
            return WriteOutcome.Failed(current, $"磁盘空间不足，无法写入：{current}", "请清理磁盘空间后重试；原有文件未被改动。");
        }
        catch (IOException ex)
        {
            return WriteOutcome.Failed(current, $"写入失败：{current}（{ex.Message}）", "请检查磁盘空间和权限，或关闭正在占用该文件的程序后重试；原有文件未被改动。");
        }
        finally
        {
            foreach (var (temp, _) in staged.Skip(renamed))
            {
                TempPaths.Remove(temp);
            }
        }
    }

    /// <summary>Null when <paramref name="targetPath"/> may be replaced; otherwise why not (before anything is made).</summary>
    public static WriteOutcome? Refusal(string targetPath, OutputGuard? guard) => Vet(targetPath, guard, out _, out _);

    private static WriteOutcome? Vet(string targetPath, OutputGuard? guard, out string target, out string folder)
    {
        folder = "";
        try
        {
            target = Path.GetFullPath(targetPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            target = targetPath;
            return WriteOutcome.Failed(targetPath, $"输出路径无效：{targetPath}", "请换一个合法的文件路径。");
        }

        // The path itself, links not followed: a link, a FIFO or /dev/null is not ours to replace.
        var entry = DiskEntry.Of(target, followLinks: false);
        if (entry.Kind == EntryKind.Directory)
        {
            return WriteOutcome.Failed(target, $"输出路径是一个文件夹：{target}", $"请在路径末尾加上文件名，例如 {Path.Combine(target, "年度报告.docx")}。");
        }
        if (entry.Kind == EntryKind.Other)
        {
            return WriteOutcome.Failed(target, $"输出路径 {target} 不是普通文件（是链接、设备或管道），不能替换", "请换一个输出路径。");
        }
        var parent = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(parent) || DiskEntry.Of(parent, followLinks: true).Kind != EntryKind.Directory)
        {
            return WriteOutcome.Failed(target, $"输出文件夹不存在：{parent}", "请先创建该文件夹，或换一个输出路径。");
        }
        if (guard?.InputAt(target, entry) is { } input)
        {
            // Named as the user gave it, with the input's full path: "r/report.json 是报告文件夹中的输入文件 /tmp/r/report.json".
            return WriteOutcome.Failed(targetPath, $"输出文件 {targetPath} 是{guard.InputsAre}输入文件 {Path.GetFullPath(input)}，不能覆盖", "请用 -o 指定另一个文件");
        }
        folder = parent;
        return null;
    }

    public static bool IsDiskFull(IOException ex)
    {
        // Windows: ERROR_HANDLE_DISK_FULL (0x27), ERROR_DISK_FULL (0x70) in an HRESULT; Unix: ENOSPC (28).
        var code = ex.HResult & 0xFFFF;
        return code is 0x27 or 0x70 || ex.HResult == 28;
    }
}
