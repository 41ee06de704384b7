using System.Collections.Immutable;

namespace ReportGen.Disk;

/// <summary>
/// The files a job reads, so that its output is never one of them: compared by identity (device and
/// inode, after following links), not by the path's spelling, so a symlinked folder, a hard link or
/// "./" cannot make the tool overwrite an input. An input that does not exist yet (an optional
/// narrative file) is compared by its real folder and name.
/// </summary>
internal sealed class OutputGuard(ImmutableArray<string> inputs)
{
    public static readonly OutputGuard None = new([]);

    /// <summary>The input that <paramref name="target"/> names, or null when it names none.</summary>
    public string? InputAt(string target, DiskEntry targetEntry)
    {
        if (inputs.IsEmpty)
        {
            return null;
        }
        if (targetEntry.Kind == EntryKind.Regular && targetEntry.Identity is { } identity)
        {
            var same = inputs.FirstOrDefault(i => DiskEntry.Of(i, followLinks: true).Identity == identity);
            if (same is not null)
            {
                return same;
            }
        }
        var real = RealSibling(target);
        return real is null ? null : inputs.FirstOrDefault(i => string.Equals(RealSibling(i), real, StringComparison.Ordinal));
    }

    /// <summary>The real path of the file's folder with the file's own name: where a write would land.</summary>
    private static string? RealSibling(string path)
    {
        var full = Path.GetFullPath(path);
        return UnixStat.RealPath(Path.GetDirectoryName(full) ?? full) is { } folder ? Path.Combine(folder, Path.GetFileName(full)) : null;
    }
}
