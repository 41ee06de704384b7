namespace ReportGen.Pipeline;

/// <summary>`reportgen build`: the report folder, the .docx to write, and optionally a changed copy of templates/.</summary>
internal sealed record BuildRequest(string Folder, string Output, string? Templates = null);
