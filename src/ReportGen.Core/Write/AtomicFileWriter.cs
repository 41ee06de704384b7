namespace ReportGen.Write;

/// <summary>One file to write: where, and the code that writes its content.</summary>
internal sealed record FileContent(string TargetPath, Action<Stream> Write);

/// <summary>What became of a write: success, or a Chinese message naming the path and what to do.</summary>
internal sealed record WriteOutcome(bool Succeeded, string Path, string? Message)
{
    public static WriteOutcome Written(string path) => new(true, path, null);

    public static WriteOutcome Failed(string path, string message) => new(false, path, message);
}

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one: the content goes
/// to a uniquely named temp file in the target's folder (same file system, so the rename is atomic),
/// is flushed to disk, then renamed over the target. On any failure the temp file is removed and
/// the old target is untouched. Expected failures (bad path, permissions, disk full) are returned
/// as values; exceptions from the caller's own code still propagate, after the cleanup.
/// </summary>
internal sealed class AtomicFileWriter
{
    public WriteOutcome Write(string targetPath, Action<Stream> write) => WriteAll([new FileContent(targetPath, write)]);

    /// <summary>
    /// Several files, all or nothing: every file is written to its temp file first, and only when all
    /// of them are complete are they renamed into place. A failure before that leaves every target
    /// as it was; the outcome names the file that failed, or on success the last one written.
    /// </summary>
    public WriteOutcome WriteAll(IReadOnlyList<FileContent> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("至少要写入一个文件。", nameof(files));
        }
        var staged = new List<(string Temp, string Target)>(files.Count);
        var renamed = 0;
        var current = files[0].TargetPath;
        try
        {
            foreach (var file in files)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(file.TargetPath);
                ArgumentNullException.ThrowIfNull(file.Write);
                current = file.TargetPath;
                if (Prepare(file.TargetPath) is not { } temp)
                {
                    return Refusal(file.TargetPath);
                }
                current = temp.Target;
                staged.Add(temp);
                using var stream = new FileStream(temp.Temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                file.Write(stream);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temp, target) in staged)
            {
                current = target;
                File.Move(temp, target, overwrite: true);
                renamed++;
            }
            return WriteOutcome.Written(current);
        }
        catch (UnauthorizedAccessException)
        {
            return WriteOutcome.Failed(current, $"没有写入权限：{current}。请检查该文件或文件夹的权限，或关闭正在占用该文件的程序后重试。");
        }
        catch (IOException ex) when (IsDiskFull(ex))
        {
            return WriteOutcome.Failed(current, $"磁盘空间不足，无法写入：{current}。请清理磁盘空间后重试；原有文件未被改动。");
        }
        catch (IOException ex)
        {
            return WriteOutcome.Failed(current, $"写入失败：{current}（{ex.Message}）。请检查磁盘空间和权限，或关闭正在占用该文件的程序后重试；原有文件未被改动。");
        }
        finally
        {
            foreach (var (temp, _) in staged.Skip(renamed))
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>The full target path and a temp file beside it, or null when the path cannot be written at all.</summary>
    private static (string Temp, string Target)? Prepare(string targetPath)
    {
        string target;
        try
        {
            target = Path.GetFullPath(targetPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        var folder = Path.GetDirectoryName(target);
        if (Directory.Exists(target) || string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return null;
        }
        // Dot-prefixed and unique per call, so concurrent writers never share a temp file.
        return (Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"), target);
    }

    /// <summary>Why <see cref="Prepare"/> refused a path, in words the user can act on.</summary>
    private static WriteOutcome Refusal(string targetPath)
    {
        string target;
        try
        {
            target = Path.GetFullPath(targetPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return WriteOutcome.Failed(targetPath, $"输出路径无效：{targetPath}。请换一个合法的文件路径。");
        }
        if (Directory.Exists(target))
        {
            return WriteOutcome.Failed(target, $"输出路径是一个文件夹：{target}。请在路径末尾加上文件名，例如 {Path.Combine(target, "年度报告.docx")}。");
        }
        return WriteOutcome.Failed(target, $"输出文件夹不存在：{Path.GetDirectoryName(target)}。请先创建该文件夹，或换一个输出路径。");
    }

    private static bool IsDiskFull(IOException ex)
    {
        // Windows: ERROR_HANDLE_DISK_FULL (0x27), ERROR_DISK_FULL (0x70) in an HRESULT; Unix: ENOSPC (28).
        var code = ex.HResult & 0xFFFF;
        return code is 0x27 or 0x70 || ex.HResult == 28;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temp name is hidden and unique, and the target is intact.
        }
    }
}
