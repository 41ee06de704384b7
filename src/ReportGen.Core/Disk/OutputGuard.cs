using System.Collections.Immutable;

namespace ReportGen.Disk;

/// <summary>
/// The files a job reads, so that its output is never one of them: compared by identity (device and
/// inode, after following links), not by the path's spelling, so a symlinked folder, a hard link or
/// "./" cannot make the tool overwrite an input. An input that does not exist yet (an optional
/// narrative file) is compared by its real folder and name.
/// </summary>
/// <param name="inputsAre">What the inputs are, as a refusal names one: "报告文件夹中的" (输入文件), or nothing.</param>
internal sealed class OutputGuard(ImmutableArray<string> inputs, string inputsAre = "")
{
    public static readonly OutputGuard None = new([]);

    public string InputsAre => inputsAre;

    // Each input is looked at once per job, however often its outputs are vetted (when the build
    // decides them, and again just before the write): not one stat and one realpath per input per vetting.
    private readonly Lazy<ImmutableArray<FileIdentity?>> identities =
        new(() => [.. inputs.Select(i => DiskEntry.Of(i, followLinks: true).Identity)]);

    private readonly Lazy<ImmutableArray<string?>> realSiblings = new(() => [.. inputs.Select(RealSibling)]);

    /// <summary>The input that <paramref name="target"/> names, or null when it names none.</summary>
    public string? InputAt(string target, DiskEntry targetEntry)
    {
        if (inputs.IsEmpty)
        {
            return null;
        }
        if (targetEntry.Kind == EntryKind.Regular && targetEntry.Identity is { } identity)
        {
            var same = identities.Value.IndexOf(identity);
            if (same >= 0)
            {
                return inputs[same];
            }
        }
        var real = RealSibling(target);
        var at = real is null ? -1 : realSiblings.Value.IndexOf(real, 0, StringComparer.Ordinal);
        return at >= 0 ? inputs[at] : null;
    }

    /// <summary>The real path of the file's folder with the file's own name: where a write would land.</summary>
    private static string? RealSibling(string path)
    {
        var full = Path.GetFullPath(path);
        return UnixStat.RealPath(Path.GetDirectoryName(full) ?? full) is { } folder ? Path.Combine(folder, Path.GetFileName(full)) : null;
    }
}
