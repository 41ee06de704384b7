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

    private static readonly object Gate = new();

    private static bool stopping;

    /// <summary>A hidden, unique sibling name in <paramref name="folder"/>.</summary>
    public static string NewSibling(string folder) => Path.Combine(folder, $".rg-{Guid.NewGuid():N}"[..16] + ".tmp");

    /// <summary>
    /// Called before the temporary path is made. Once the process is stopping, a new write never starts:
    /// the caller waits here for the exit, so no temporary file can appear after the clean-up.
    /// </summary>
    public static void Track(string path)
    {
        lock (Gate)
        {
            while (stopping)
            {
                Monitor.Wait(Gate);
            }
            Live[path] = true;
        }
    }

    public static void Release(string path)
    {
        lock (Gate)
        {
            if (Live.TryRemove(path, out _))
            {
                Monitor.PulseAll(Gate);
            }
        }
    }

    /// <summary>
    /// Called when the process is told to stop: writes already under way may finish (each ends as the whole
    /// new file or leaves the old one, never a half), for up to <paramref name="grace"/>; whatever is still
    /// live then is removed.
    /// </summary>
    public static void RemoveAll(TimeSpan grace)
    {
        var deadline = DateTime.UtcNow + grace;
        lock (Gate)
        {
            stopping = true;
            while (!Live.IsEmpty && DateTime.UtcNow < deadline)
            {
                Monitor.Wait(Gate, deadline - DateTime.UtcNow);
            }
        }
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
