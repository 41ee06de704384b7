using System.IO.Compression;

namespace ReportGen.Write;

/// <summary>
/// Copies a zip with every entry dated the same fixed instant. System.IO.Packaging stamps entries
/// with the current time, which alone makes two otherwise identical reports differ.
/// </summary>
internal static class StableZip
{
    // The DOS date format starts in 1980; any fixed value will do.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
