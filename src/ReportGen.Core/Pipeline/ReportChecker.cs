using System.Collections.Immutable;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>Load, then validate: every finding of one report folder in one pass.</summary>
internal sealed class ReportChecker
{
    private readonly ReportFolderLoader loader = new();

    public CheckOutcome Check(string folder, IReportSource source)
    {
        var loaded = loader.Load(source);
        var findings = loaded.Diagnostics;
        if (loaded.Value is not null)
        {
            findings = findings.AddRange(ReportChecks.Run(loaded.Value));
        }
        return new CheckOutcome(folder, loaded.Value, Order(findings));
    }

    /// <summary>Findings in reading order: by file, then line and column, so a person can work down the list.</summary>
    private static ImmutableArray<Diagnostic> Order(ImmutableArray<Diagnostic> findings) =>
        [.. findings
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location?.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.d.Location?.Line ?? 0)
            .ThenBy(x => x.d.Location?.Column ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
