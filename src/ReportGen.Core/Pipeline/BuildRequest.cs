using System.Collections.Immutable;

namespace ReportGen.Pipeline;

/// <summary>
/// `reportgen build`: the report folder (or a folder of report folders), the files to write (.docx,
/// .pdf, .html by extension; all or none of them) — for a batch, the one output folder — optionally a
/// changed copy of templates/, and for a batch the formats each report is written in (.docx when none).
/// </summary>
internal sealed record BuildRequest(string Folder, ImmutableArray<string> Outputs, string? Templates = null, ImmutableArray<OutputFormat> BatchFormats = default)
{
    /// <summary>Last year's report folder (--previous): the cross-year rules run as in `check --previous`, and the narrative gets the indicators' change.</summary>
    public string? Previous { get; init; }

    public BuildRequest(string folder, string output, string? templates = null)
        : this(folder, [output], templates)
    {
    }
}
