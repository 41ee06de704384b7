using ReportGen.Disk;

namespace ReportGen.Load;

/// <summary>The files of a report folder on disk, named in findings relative to the folder as the user gave it.</summary>
internal sealed class DirectoryReportSource(string folder) : IReportSource
{
    public string Folder => folder;

    public string Describe(string name) => Path.Combine(folder, name);

    public SourceFile Open(string name)
    {
        var read = BoundedFileReader.Read(Path.Combine(folder, name), TextDecoder.MaxBytes);
        return read.Problem switch
        {
            FileReadProblem.None => new SourceFile(SourceFileState.Found, read.Bytes, null),
            FileReadProblem.Missing => SourceFile.Missing,
            FileReadProblem.IsFolder => new SourceFile(SourceFileState.Unreadable, [], $"{Describe(name)} 是一个文件夹，而这里需要一个文件"),
            FileReadProblem.NotRegular => new SourceFile(SourceFileState.Unreadable, [], $"{Describe(name)} 不是普通文件（是设备、管道或指向它们的链接），未读取"),
            FileReadProblem.TooLarge => new SourceFile(SourceFileState.Unreadable, [],
                $"{Describe(name)} 超过 {TextDecoder.MaxBytes / 1024 / 1024} MB，不像是年报的数据文件"),
            FileReadProblem.Denied => new SourceFile(SourceFileState.Unreadable, [], $"没有读取 {Describe(name)} 的权限"),
            _ => new SourceFile(SourceFileState.Unreadable, [], $"读取 {Describe(name)} 失败：{read.Error}"),
        };
    }
}
