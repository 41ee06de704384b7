namespace ReportGen.Disk;

/// <summary>What is at a path, as far as the tool cares: only regular files are ever read or replaced.</summary>
internal enum EntryKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A device, FIFO, socket, or (when links are not followed) a symbolic link.</summary>
    Other,
}

/// <summary>Which file this is, whatever path names it: a symlinked folder or a hard link names the same file.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <param name="Identity">Null where the system gives none (then paths are compared after resolving links).</param>
internal readonly record struct DiskEntry(EntryKind Kind, long Size, FileIdentity? Identity)
{
    public static readonly DiskEntry Missing = new(EntryKind.Missing, 0, null);

    /// <summary>
    /// One system call: <paramref name="followLinks"/> false looks at a symbolic link itself (an output
    /// path must not be one), true at what it points to (an input may be a link to a regular file).
    /// </summary>
    public static DiskEntry Of(string path, bool followLinks) =>
        UnixStat.TryStat(path, followLinks, out var entry) ? entry : Managed(path, followLinks);

    /// <summary>Where statx is not available (Windows, very old Linux): what .NET can tell.</summary>
    private static DiskEntry Managed(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists)
            {
                info = new DirectoryInfo(path);
                if (!info.Exists)
                {
                    return Missing;
                }
            }
            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    return new DiskEntry(EntryKind.Other, 0, null);
                }
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
            return info switch
            {
                DirectoryInfo => new DiskEntry(EntryKind.Directory, 0, null),
                FileInfo { Exists: true } file => new DiskEntry(EntryKind.Regular, file.Length, null),
                _ => Missing,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Missing;
        }
    }
}
