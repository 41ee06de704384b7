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
}
