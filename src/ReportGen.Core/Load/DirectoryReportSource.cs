namespace ReportGen.Load;

/// <summary>The files of a report folder on disk, named in findings relative to the folder as the user gave it.</summary>
internal sealed class DirectoryReportSource(string folder) : IReportSource
{
    public string Folder => folder;

    public string Describe(string name) => Path.Combine(folder, name);

    public SourceFile Open(string name)
    {
        var path = Path.Combine(folder, name);
        // File.Exists is false for a folder, so a found file costs one check, not two.
        if (!File.Exists(path))
        {
            return Directory.Exists(path)
                ? new SourceFile(SourceFileState.Unreadable, [], $"{Describe(name)} 是一个文件夹，而这里需要一个文件")
                : SourceFile.Missing;
        }
        try
        {
            // Unbuffered, read straight into an array of the file's size: the files are read once, whole.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            if (stream.Length > Load.TextDecoder.MaxBytes)
            {
                return new SourceFile(SourceFileState.Unreadable, [],
                    $"{Describe(name)} 超过 {Load.TextDecoder.MaxBytes / 1024 / 1024} MB，不像是年报的数据文件");
            }
            var bytes = new byte[stream.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length || stream.ReadByte() >= 0)
            {
                // The file changed while it was read: take what is there now, as copying the stream did.
                stream.Position = 0;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return new SourceFile(SourceFileState.Found, memory.ToArray(), null);
            }
            return new SourceFile(SourceFileState.Found, bytes, null);
        }
        catch (UnauthorizedAccessException)
        {
            return new SourceFile(SourceFileState.Unreadable, [], $"没有读取 {Describe(name)} 的权限");
        }
        catch (IOException e)
        {
            return new SourceFile(SourceFileState.Unreadable, [], $"读取 {Describe(name)} 失败：{e.Message}");
        }
    }
}
