using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>Collects the findings of one import, in the order they were made.</summary>
internal sealed class ImportFindings
{
    private readonly ImmutableArray<Diagnostic>.Builder items = ImmutableArray.CreateBuilder<Diagnostic>();

    public void Add(RuleSpec rule, SourceLocation? location, string message, string hint,
        string? table = null, string? row = null, string? column = null) =>
        items.Add(new Diagnostic(rule, location, message, hint) { Table = table, Row = row, Column = column });

    public void Add(Diagnostic finding) => items.Add(finding);

    public bool Any(RuleSpec rule) => items.Any(d => d.Rule == rule);

    public void RemoveAll(Predicate<Diagnostic> match) => items.RemoveAll(match);

    /// <summary>In source order, so a person can work down the list next to the document.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. items.Select((d, i) => (d, i)).OrderBy(x => x.d.Location?.Line ?? 0).ThenBy(x => x.i).Select(x => x.d)];
}
