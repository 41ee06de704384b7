using System.Collections.Immutable;

namespace ReportGen.Pipeline;

/// <summary>
/// `reportgen build`: the report folder, the files to write (.docx, .pdf, .html by extension; all
/// or none of them), and optionally a changed copy of templates/.
/// </summary>
internal sealed record BuildRequest(string Folder, ImmutableArray<string> Outputs, string? Templates = null)
{
    public BuildRequest(string folder, string output, string? templates = null)
        : this(folder, [output], templates)
    {
    }
}
