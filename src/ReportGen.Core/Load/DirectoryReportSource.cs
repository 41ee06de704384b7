using ReportGen.Disk;

namespace ReportGen.Load;

/// <summary>The files of a report folder on disk, named in findings relative to the folder as the user gave it.</summary>
internal sealed class DirectoryReportSource(string folder) : IReportSource
{
    public string Folder => folder;

    public string Describe(string name) => Path.Combine(folder, name);

    public bool Exists(string name) => DiskEntry.Of(Path.Combine(folder, name), followLinks: false).Kind != EntryKind.Missing;

    public SourceFile Open(string name) => Open(name, TextDecoder.MaxBytes);

    public SourceFile Open(string name, int maxBytes)
    {
        var read = BoundedFileReader.Read(Describe(name), maxBytes, ExpectedFile.FolderFile);
        return read.Problem switch
        {
            FileReadProblem.None => new SourceFile(SourceFileState.Found, read.Bytes, null),
            FileReadProblem.Missing => SourceFile.Missing,
            _ => new SourceFile(SourceFileState.Unreadable, [], read.Finding),
        };
    }
}
