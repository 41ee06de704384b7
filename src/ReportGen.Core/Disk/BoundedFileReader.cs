using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Disk;

/// <summary>Why a file could not be read whole.</summary>
internal enum FileReadProblem
{
    None,
    Missing,
    IsFolder,

    /// <summary>A device, FIFO or socket (also through a link): reading it could block forever or never end.</summary>
    NotRegular,
    TooLarge,
    Denied,
    Failed,
}

/// <summary>
/// What the caller expected at a path, as a finding about it names it: <paramref name="What"/> ("已发布的年报文件")
/// and what to give instead when the path holds something else (<paramref name="Hint"/>).
/// </summary>
internal sealed record ExpectedFile(string What, string Hint)
{
    /// <summary>A file of a report folder (report.json, a table, a narrative file, tables.xlsx).</summary>
    public static readonly ExpectedFile FolderFile = new("年报的数据文件", "请确认文件存在、是普通文件且当前用户有读取权限");

    /// <summary>A published report given to `import` or `check`.</summary>
    public static readonly ExpectedFile PublishedReport = new("已发布的年报文件", "请给出年报的 .docx、.pdf、.html 或文本文件路径");

    /// <summary>What `check` takes: a report folder or a published report.</summary>
    public static readonly ExpectedFile ReportOrFolder = new("报告文件夹或已发布的年报文件", "请给出报告文件夹，或年报的 .docx、.pdf、.html 或文本文件");
}

/// <summary>A file's bytes, or why there are none: <see cref="Problem"/> for the caller to decide on, <see cref="Finding"/> for the user.</summary>
internal sealed record FileReadOutcome(FileReadProblem Problem, byte[] Bytes, Diagnostic? Finding = null)
{
    public bool Succeeded => Problem == FileReadProblem.None;
}

/// <summary>
/// Reads a user's file whole, refusing one larger than the caller's limit and anything that is not a
/// regular file before reading it: a report folder's data file and a published report each have a size
/// no right file exceeds. A problem is worded here, once, as the finding at the path; the caller says
/// only what it expected there.
/// </summary>
internal static class BoundedFileReader
{
    public static FileReadOutcome Read(string path, long maxBytes, ExpectedFile? expected = null)
    {
        var outcome = ReadBytes(path, maxBytes, out var error);
        return outcome.Succeeded ? outcome : outcome with { Finding = Finding(outcome.Problem, path, maxBytes, expected ?? ExpectedFile.FolderFile, error) };
    }

    /// <summary>
    /// The one wording of a read problem: the file as the user named it, what it is instead, what to do.
    /// Also for a problem found before any read (a path classified as a device or a FIFO).
    /// </summary>
    public static Diagnostic Finding(FileReadProblem problem, string path, long maxBytes, ExpectedFile expected, string? error = null)
    {
        var (rule, message, hint) = problem switch
        {
            FileReadProblem.Missing => (RuleCatalog.MissingFile, $"文件 {path} 不存在", expected.Hint),
            FileReadProblem.IsFolder => (RuleCatalog.Unreadable, $"{path} 是一个文件夹，而这里需要{expected.What}", expected.Hint),
            FileReadProblem.NotRegular => (RuleCatalog.Unreadable, $"{path} 不是普通文件（是设备、管道或指向它们的链接），未读取", expected.Hint),
            FileReadProblem.TooLarge => (RuleCatalog.Unreadable, $"{path} 超过 {maxBytes / 1024 / 1024} MB，不像是{expected.What}", "请确认选对了文件"),
            FileReadProblem.Denied => (RuleCatalog.Unreadable, $"没有读取 {path} 的权限", "请确认当前用户有读取该文件的权限"),
            _ => (RuleCatalog.Unreadable, $"读取 {path} 失败：{error}", "请确认文件存在、当前用户有读取权限后重试"),
        };
        return new Diagnostic(rule, new SourceLocation(path, 0, 0), message, hint);
    }

    private static FileReadOutcome ReadBytes(string path, long maxBytes, out string? error)
    {
        error = null;
        // One stat, following links: a link to a regular file is read, a link to /dev/zero is not.
        var entry = DiskEntry.Of(path, followLinks: true);
        switch (entry.Kind)
        {
            case EntryKind.Missing:
                return new FileReadOutcome(FileReadProblem.Missing, []);
            case EntryKind.Directory:
                return new FileReadOutcome(FileReadProblem.IsFolder, []);
            case EntryKind.Other:
                return new FileReadOutcome(FileReadProblem.NotRegular, []);
        }
        if (entry.Size > maxBytes)
        {
            return new FileReadOutcome(FileReadProblem.TooLarge, []);
        }
        try
        {
            // Unbuffered, read straight into an array of the file's size: the files are read once, whole.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            if (stream.Length > maxBytes)
            {
                return new FileReadOutcome(FileReadProblem.TooLarge, []);
            }
            var bytes = new byte[stream.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length || stream.ReadByte() >= 0)
            {
                // The file changed while it was read: take what is there now, but never more than the limit.
                stream.Position = 0;
                var buffer = new byte[maxBytes + 1];
                var now = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                return now > maxBytes
                    ? new FileReadOutcome(FileReadProblem.TooLarge, [])
                    : new FileReadOutcome(FileReadProblem.None, buffer[..now]);
            }
            return new FileReadOutcome(FileReadProblem.None, bytes);
        }
        catch (UnauthorizedAccessException)
        {
            return new FileReadOutcome(FileReadProblem.Denied, []);
        }
        catch (IOException e)
        {
            error = e.Message;
            return new FileReadOutcome(FileReadProblem.Failed, []);
        }
    }
}
