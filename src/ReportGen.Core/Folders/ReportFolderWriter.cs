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

    // Excel and WPS read a CSV without a BOM in the local code page (GBK) and show UTF-8 Chinese garbled;
    // with one they read it as UTF-8. The loader reads both (Load/TextDecoder.cs).
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

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
    /// The files as written to disk: the tables as three CSVs (UTF-8 with a BOM) or, with
    /// <paramref name="workbook"/>, as one tables.xlsx in place of them; the other files UTF-8 without a BOM.
    /// </summary>
    public ImmutableSortedDictionary<string, byte[]> RenderFiles(Report report, bool workbook)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, text) in Render(report))
        {
            files[name] = Encode(name, text);
        }
        if (workbook)
        {
            foreach (var table in StatutoryFormat.Tables)
            {
                files.Remove(table.FileName);
            }
            files[FolderLayout.WorkbookFile] = Workbook.TablesWorkbook.Write(report);
        }
        return files.ToImmutable();
    }

    /// <summary>Writes files already encoded (<see cref="RenderFiles"/>) into a new or empty folder, as a whole.</summary>
    public FolderWriteOutcome WriteNew(string folder, IReadOnlyDictionary<string, byte[]> files) =>
        new AtomicFolderWriter().WriteNew(folder, files);

    /// <summary>A text file's bytes as the folder holds them: a CSV with a BOM, anything else without.</summary>
    public static byte[] Encode(string name, string text) =>
        name.EndsWith(".csv", StringComparison.Ordinal) ? [.. Bom, .. Utf8NoBom.GetBytes(text)] : Utf8NoBom.GetBytes(text);

    /// <summary>
    /// Writes the files into a folder that does not exist yet or is empty, as a whole. Existing files are
    /// never replaced: a person's edited report must not be lost to a second import.
    /// </summary>
    public FolderWriteOutcome WriteNew(string folder, IReadOnlyDictionary<string, string> files) =>
        new AtomicFolderWriter().WriteNew(folder, files.ToDictionary(f => f.Key, f => Encode(f.Key, f.Value), StringComparer.Ordinal));

    public FolderWriteOutcome WriteNew(string folder, Report report, bool workbook = false) => WriteNew(folder, RenderFiles(report, workbook));
    /// <summary>
    /// Saves the files of an existing report folder (the page's 保存: text files as <see cref="Encode"/>
    /// makes them, a workbook as its writer does) through the atomic writer, all or
    /// nothing: every file is written in full beside its target and flushed, and only then are they
    /// renamed over the old ones, so a failure leaves every old file as it was. A target that is a link,
    /// a device or a folder is refused before anything is made. Files not named here are left alone.
    /// </summary>
    public FolderWriteOutcome Update(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        if (DiskEntry.Of(folder, followLinks: true).Kind != EntryKind.Directory)
        {
            return FolderWriteOutcome.Refused(folder, $"报告文件夹 {folder} 不存在（可能已被移动或删除），未写入任何文件", "请确认该文件夹仍在原处后重试");
        }
        var contents = files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FileContent(Path.Combine(folder, f.Key), stream => stream.Write(f.Value)))
            .ToList();
        if (contents.Count == 0)
        {
            return new FolderWriteOutcome(folder, [], null);
        }
        var outcome = new AtomicFileWriter().WriteAll(contents);
        return outcome.Succeeded
            ? new FolderWriteOutcome(folder, [.. contents.Select(c => c.TargetPath)], null)
            : new FolderWriteOutcome(folder, [], outcome.Finding);
    }
}
