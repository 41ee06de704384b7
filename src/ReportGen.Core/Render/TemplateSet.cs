using System.Reflection;

namespace ReportGen.Render;

/// <summary>Where the report skeleton and its includes come from: the copy inside the tool, or a folder the user changed.</summary>
internal abstract class TemplateSet
{
    public const string Skeleton = "report.md.sbn";

    /// <summary>The name of a template file as findings show it.</summary>
    public abstract string Describe(string name);

    /// <summary>The text of a template, or null when there is no such file.</summary>
    public abstract string? Read(string name);

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

/// <summary>A copy of templates/ a user changed (`build --templates DIR`).</summary>
internal sealed class DirectoryTemplateSet(string folder) : TemplateSet
{
    public override string Describe(string name) => Path.Combine(folder, name);

    public override string? Read(string name)
    {
        var path = Path.Combine(folder, name);
        return IsContained(name) && File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
