using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>A figure that an arithmetic finding was computed from, with where it stands.</summary>
internal sealed record Operand(string Row, string Column, decimal Value, SourceLocation? Location);

/// <summary>One finding: which rule, where, what was expected and what to do.</summary>
internal sealed record Diagnostic(
    RuleSpec Rule,
    SourceLocation? Location,
    string Message,
    string Hint)
{
    public Severity Severity => Rule.Severity;

    public string? Table { get; init; }

    public string? Row { get; init; }

    public string? Column { get; init; }

    public decimal? Expected { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Difference => Expected is { } e && Actual is { } a ? a - e : null;

    public ImmutableArray<Operand> Operands { get; init; } = [];

    /// <summary>
    /// The text of the cell as the file has it, when the finding is that it could not be read as a figure:
    /// the page shows it in its cell, so saving writes back what the person wrote instead of a blank.
    /// </summary>
    public string? CellText { get; init; }

    /// <summary>The agency's reason when report.json acknowledges this finding; it is then shown but not counted.</summary>
    public string? AcknowledgedReason { get; init; }

    /// <summary>Whether the finding counts towards errors, warnings and the exit code.</summary>
    public bool Counts => AcknowledgedReason is null;
}
