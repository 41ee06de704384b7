using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>What `build` found and which files it wrote (all it was asked for, or none when anything is wrong).</summary>
internal sealed record BuildOutcome(string Folder, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Written) : JobOutcome(Diagnostics)
{
    public bool IsWritten => !Written.IsDefaultOrEmpty;

    protected override bool Done => IsWritten;

    public static BuildOutcome NotWritten(string folder, ImmutableArray<Diagnostic> diagnostics) => new(folder, diagnostics, []);
}
