using System.Collections.Immutable;

namespace ReportGen.Pipeline;

/// <summary>What `build` can write; the output path's extension says which.</summary>
internal enum OutputFormat
{
    Docx,
    Pdf,
    Html,
}

internal static class OutputFormats
{
    /// <summary>The extensions in the order the help text lists them; the first of each format is the one a batch writes.</summary>
    private static readonly ImmutableArray<(string Extension, OutputFormat Format)> Extensions =
        [(".docx", OutputFormat.Docx), (".pdf", OutputFormat.Pdf), (".html", OutputFormat.Html), (".htm", OutputFormat.Html)];

    public static string Listed => string.Join("、", Extensions.Select(e => e.Extension));

    /// <summary>The format a path asks for by its extension (any case), or null for one `build` cannot write.</summary>
    public static OutputFormat? Of(string path)
    {
        var extension = Path.GetExtension(path);
        foreach (var (known, format) in Extensions)
        {
            if (string.Equals(extension, known, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }
        return null;
    }

    /// <summary>The format named by a word the user typed (`--to pdf`), or null.</summary>
    public static OutputFormat? Named(string name) => Of("x." + name.TrimStart('.'));

    public static string Extension(OutputFormat format) => Extensions.First(e => e.Format == format).Extension;
}
