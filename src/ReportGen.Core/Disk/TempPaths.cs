using System.Collections.Concurrent;

namespace ReportGen.Disk;

/// <summary>
/// The temporary files and folders being written right now, so that a process stopped by SIGTERM or
/// Ctrl+C removes them on the way out (the CLI hooks the signals). Names are short and fixed in length,
/// so an output name near the file system's 255-byte limit still has room for its temporary sibling.
/// </summary>
internal static class TempPaths
{
    private static readonly ConcurrentDictionary<string, bool> Live = new(StringComparer.Ordinal);

    /// <summary>A hidden, unique sibling name in <paramref name="folder"/>.</summary>
    public static string NewSibling(string folder) => Path.Combine(folder, $".rg-{Guid.NewGuid():N}"[..16] + ".tmp");

    public static void Track(string path) => Live[path] = true;

    public static void Release(string path) => Live.TryRemove(path, out _);

    /// <summary>Removes every temporary path still live; called when the process is told to stop.</summary>
    public static void RemoveAll()
    {
        foreach (var path in Live.Keys)
        {
            Remove(path);
        }
    }

    public static void Remove(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the name is hidden and unique, and the target is intact.
        }
        Release(path);
    }
}
