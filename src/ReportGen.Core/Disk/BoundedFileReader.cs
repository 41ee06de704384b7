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

/// <summary>A file's bytes, or why there are none; <see cref="Error"/> is the system's message when reading failed.</summary>
internal sealed record FileReadOutcome(FileReadProblem Problem, byte[] Bytes, string? Error = null)
{
    public bool Succeeded => Problem == FileReadProblem.None;
}

/// <summary>
/// Reads a user's file whole, refusing one larger than the caller's limit and anything that is not a
/// regular file before reading it: a report folder's data file and a published report each have a size
/// no right file exceeds. Callers turn the problem into their own message.
/// </summary>
internal static class BoundedFileReader
{
    public static FileReadOutcome Read(string path, long maxBytes)
    {
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
            return new FileReadOutcome(FileReadProblem.Failed, [], e.Message);
        }
    }
}
