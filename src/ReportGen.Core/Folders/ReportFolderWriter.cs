using System.Collections.Immutable;
using System.Text;
using ReportGen.Disk;
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
    /// Writes the files into a folder that does not exist yet or is empty, as a whole. Existing files are
    /// never replaced: a person's edited report must not be lost to a second import.
    /// </summary>
    public FolderWriteOutcome WriteNew(string folder, IReadOnlyDictionary<string, string> files) =>
        new AtomicFolderWriter().WriteNew(folder, files.ToDictionary(f => f.Key, f => Utf8NoBom.GetBytes(f.Value), StringComparer.Ordinal));

    public FolderWriteOutcome WriteNew(string folder, Report report) => WriteNew(folder, Render(report));

    /// <summary>
    /// Saves the files of an existing report folder (the page's 保存) through the atomic writer, all or
    /// nothing: every file is written in full beside its target and flushed, and only then are they
    /// renamed over the old ones, so a failure leaves every old file as it was. A target that is a link,
    /// a device or a folder is refused before anything is made. Files not named here are left alone.
    /// </summary>
    public FolderWriteOutcome Update(string folder, IReadOnlyDictionary<string, string> files)
    {
        if (DiskEntry.Of(folder, followLinks: true).Kind != EntryKind.Directory)
        {
            return new FolderWriteOutcome(folder, [], $"报告文件夹 {folder} 不存在（可能已被移动或删除），未写入任何文件");
        }
        var contents = files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FileContent(Path.Combine(folder, f.Key), stream => stream.Write(Utf8NoBom.GetBytes(f.Value))))
            .ToList();
        if (contents.Count == 0)
        {
            return new FolderWriteOutcome(folder, [], null);
        }
        var outcome = new AtomicFileWriter().WriteAll(contents);
        return outcome.Succeeded
            ? new FolderWriteOutcome(folder, [.. contents.Select(c => c.TargetPath)], null)
            : new FolderWriteOutcome(folder, [], outcome.Message);
    }
}
