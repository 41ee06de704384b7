namespace ReportGen.Load;

/// <summary>Why a file could not be read whole.</summary>
internal enum FileReadProblem
{
    None,
    Missing,
    IsFolder,
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
/// Reads a user's file whole, refusing one larger than the caller's limit before reading it: a report
/// folder's data file and a published report each have a size no right file exceeds. Callers turn the
/// problem into their own message.
/// </summary>
internal static class BoundedFileReader
{
    public static FileReadOutcome Read(string path, long maxBytes)
    {
        // File.Exists is false for a folder, so a found file costs one check, not two.
        if (!File.Exists(path))
        {
            return new FileReadOutcome(Directory.Exists(path) ? FileReadProblem.IsFolder : FileReadProblem.Missing, []);
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
                // The file changed while it was read: take what is there now, as copying the stream did.
                stream.Position = 0;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return memory.Length > maxBytes
                    ? new FileReadOutcome(FileReadProblem.TooLarge, [])
                    : new FileReadOutcome(FileReadProblem.None, memory.ToArray());
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
