using System.Collections.Immutable;

namespace ReportGen.Disk;

/// <summary>What writing a report folder did: the paths written, or why nothing was written (in Chinese).</summary>
internal sealed record FolderWriteOutcome(string Folder, ImmutableArray<string> Written, string? Problem)
{
    public bool Succeeded => Problem is null;
}
