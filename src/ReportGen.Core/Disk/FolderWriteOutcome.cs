using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Disk;

/// <summary>What writing a report folder did: the paths written, or the finding (F03) that says why nothing was written.</summary>
internal sealed record FolderWriteOutcome(string Folder, ImmutableArray<string> Written, Diagnostic? Finding)
{
    public bool Succeeded => Finding is null;

    /// <summary>Nothing written into <paramref name="folder"/>, for the reason the finding at it gives.</summary>
    public static FolderWriteOutcome Refused(string folder, string message, string hint) =>
        new(folder, [], new Diagnostic(RuleCatalog.Unwritable, new SourceLocation(folder, 0, 0), message, hint));
}
