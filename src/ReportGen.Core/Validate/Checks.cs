using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>One figure with the labels that name it, as the validators see it.</summary>
internal sealed record CellFact(TableSpec Table, CellRef Cell, CellKind Kind, CellValue Value)
{
    public string RowLabel => Table.CellRowLabel(Cell);

    public string ColumnLabel => Table.CellColumnLabel(Cell);

    public Operand ToOperand() => new(RowLabel, ColumnLabel, Value.Value, Value.Location);
}

/// <summary>A total and the parts it must equal (R2, R4, R5), with every figure present.</summary>
internal sealed record SumCheck(SumRule Rule, CellFact Total, ImmutableArray<CellFact> Parts)
{
    public decimal Expected => Parts.Sum(p => p.Value.Value);
}

/// <summary>R1 for one column of 表三: sources (新收, 上年结转) against uses (办理总计, 结转下年度).</summary>
internal sealed record BalanceCheck(BalanceRule Rule, CellFact Checked, ImmutableArray<CellFact> Sources, ImmutableArray<CellFact> Uses)
{
    /// <summary>What the checked cell would have to be for the column to balance.</summary>
    public decimal Expected => Sources.Sum(s => s.Value.Value) - Uses.Where(u => u != Checked).Sum(u => u.Value.Value);
}

/// <summary>Everything the rules look at: each table's figures, looked up once per report, and what the prose states.</summary>
internal sealed record ReportFacts(ImmutableArray<TableFacts> Tables, NarrativeFacts Narrative)
{
    public static ReportFacts From(Report report) =>
        new([TableFacts.From(report.Active), TableFacts.From(report.Applications), TableFacts.From(report.Reviews)], NarrativeFacts.From(report)) { Report = report };

    /// <summary>The report itself, for the content checks (Validate/Content) that read its prose and report.json.</summary>
    public required Report Report { get; init; }
}

/// <summary>
/// A table's figures by the positions of its format (<see cref="TableSpec.Cells"/>), which the format's
/// rules name too (<see cref="TableSpec.SumSlots"/>). Facts (with their labels) are made only for the
/// figures a finding names; a check that passes reads the values and nothing else.
/// </summary>
internal sealed class TableFacts
{
    private TableFacts(TableSpec spec, ImmutableArray<CellValue?> values)
    {
        Spec = spec;
        Values = values;
    }

    public TableSpec Spec { get; }

    /// <summary>One per <see cref="TableSpec.Cells"/>, null where the table has no figure.</summary>
    public ImmutableArray<CellValue?> Values { get; }

    public static TableFacts From(TableData table)
    {
        var cells = table.Spec.Cells;
        var values = new CellValue?[cells.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = table.Cell(cells[i]);
        }
        return new TableFacts(table.Spec, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    /// <summary>The fact at a position that has a figure.</summary>
    public CellFact Fact(int index) => new(Spec, Spec.Cells[index], Spec.CellKinds[index], Values[index]!);

    public ImmutableArray<CellFact> Facts(ImmutableArray<int> indexes) => [.. indexes.Select(Fact)];

    /// <summary>Whether every position has a figure: a missing one was reported when the table was read.</summary>
    public bool AllPresent(ImmutableArray<int> indexes)
    {
        foreach (var i in indexes)
        {
            if (Values[i] is null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Summed in the order given, as <see cref="Enumerable.Sum{TSource}(IEnumerable{TSource}, Func{TSource, decimal})"/> does.</summary>
    public decimal Sum(ImmutableArray<int> indexes, int except = -1)
    {
        var sum = 0m;
        foreach (var i in indexes)
        {
            if (i != except)
            {
                sum += Values[i]!.Value;
            }
        }
        return sum;
    }
}
