using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>What `build` found and whether it wrote the document (it writes nothing when anything is wrong).</summary>
internal sealed record BuildOutcome(string Folder, ImmutableArray<Diagnostic> Diagnostics, string? Written)
{
    public CheckOutcome AsCheck => new(Folder, null, Diagnostics);

    public ExitCode ExitCode => ExitCodes.Of(Diagnostics, done: Written is not null);
}
