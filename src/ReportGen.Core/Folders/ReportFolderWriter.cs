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

    private static FolderWriteOutcome Refused(string folder, string problem) => new(folder, [], problem);
}
