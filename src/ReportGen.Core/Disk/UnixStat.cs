using System.Runtime.InteropServices;

namespace ReportGen.Disk;

/// <summary>
/// statx(2) and realpath(3) through glibc: .NET tells neither a file's device and inode nor whether a
/// path is a FIFO or a device, and opening a FIFO to find out blocks forever. statx (glibc 2.28) has
/// one layout on every architecture. Where it is missing the caller falls back to what .NET can tell.
/// </summary>
internal static partial class UnixStat
{
    private const string Libc = "libc.so.6";
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int NoEntry = 2;
    private const int NotFolder = 20;

    private static volatile bool unavailable = !OperatingSystem.IsLinux();

    public static bool TryStat(string path, bool followLinks, out DiskEntry entry)
    {
        entry = DiskEntry.Missing;
        if (unavailable)
        {
            return false;
        }
        try
        {
            if (Statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var stat) != 0)
            {
                // Missing, or a path through a file: nothing there. Anything else (permissions): ask .NET.
                var error = Marshal.GetLastPInvokeError();
                return error is NoEntry or NotFolder;
            }
            var kind = (stat.Mode & FileTypeMask) switch
            {
                RegularType => EntryKind.Regular,
                DirectoryType => EntryKind.Directory,
                _ => EntryKind.Other,
            };
            entry = new DiskEntry(kind, (long)stat.Size, new FileIdentity(((ulong)stat.DeviceMajor << 32) | stat.DeviceMinor, stat.Inode));
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return false;
        }
    }

    /// <summary>The path with every symbolic link and "..", resolved by the system; null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (!unavailable)
        {
            try
            {
                var resolved = Realpath(path, IntPtr.Zero);
                if (resolved == IntPtr.Zero)
                {
                    return null;
                }
                try
                {
                    return Marshal.PtrToStringUTF8(resolved);
                }
                finally
                {
                    Free(resolved);
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                unavailable = true;
            }
        }
        return ManagedRealPath(path);
    }

    /// <summary>Each component's link resolved in turn, where the system offers no realpath.</summary>
    private static string? ManagedRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                return null;
            }
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }
        return current;
    }

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport(Libc, EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Realpath(string path, IntPtr resolved);

    [LibraryImport(Libc, EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
