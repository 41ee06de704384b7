using System.Text;
using ReportGen.Disk;

namespace ReportGen.Render;

/// <summary>Where the report skeleton and its includes come from: the copy inside the tool, or a folder the user changed.</summary>
internal abstract class TemplateSet
{
    public const string Skeleton = "report.md.sbn";

    /// <summary>The name of a template file as findings show it.</summary>
    public abstract string Describe(string name);

    /// <summary>The text of a template, or null when there is no such file.</summary>
    public abstract string? Read(string name);

    /// <summary>Whether <paramref name="name"/> exists but its links lead out of the set: refused (T04), not "not found".</summary>
    public virtual bool LeadsOutside(string name) => false;

    /// <summary>The files on disk read so far: an output must never be one of them.</summary>
    public virtual IEnumerable<string> FilesRead => [];

    /// <summary>Whether a name an include asks for stays inside the set (no "..", no rooted path).</summary>
    public static bool IsContained(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && !name.Split('/', '\\').Any(p => p is ".." or "");
}

internal sealed class EmbeddedTemplateSet : TemplateSet
{
    public static readonly EmbeddedTemplateSet Instance = new();

    public override string Describe(string name) => $"templates/{name}";

    public override string? Read(string name)
    {
        using var stream = typeof(EmbeddedTemplateSet).Assembly.GetManifestResourceStream($"templates/{name}");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// A copy of templates/ a user changed (`build --templates DIR`). A name is looked up only after every
/// link is resolved, and only inside the real template folder: a link inside the folder that points
/// at /etc/passwd is no way out. Only regular files of a bounded size are read.
/// </summary>
internal sealed class DirectoryTemplateSet(string folder) : TemplateSet
{
    /// <summary>No template is this long; a larger file is not a template.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private readonly List<string> read = [];
    private string? realFolder;

    public override string Describe(string name) => Path.Combine(folder, name);

    public override IEnumerable<string> FilesRead => read;

    public override bool LeadsOutside(string name) =>
        IsContained(name) && UnixStat.RealPath(Path.Combine(folder, name)) is { } real && !Inside(real);

    public override string? Read(string name)
    {
        if (!IsContained(name))
        {
            return null;
        }
        var path = Path.Combine(folder, name);
        var real = UnixStat.RealPath(path);
        if (real is null || !Inside(real))
        {
            return null;
        }
        var file = BoundedFileReader.Read(real, MaxBytes);
        if (!file.Succeeded)
        {
            return null;
        }
        read.Add(path);
        return new UTF8Encoding(false).GetString(file.Bytes).TrimStart('\uFEFF');
    }

    private bool Inside(string real)
    {
        realFolder ??= UnixStat.RealPath(folder);
        return realFolder is not null && real.StartsWith(Path.TrimEndingDirectorySeparator(realFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
