using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
        new([TableFacts.From(report.Active), TableFacts.From(report.Applications), TableFacts.From(report.Reviews)], NarrativeFacts.From(report));
}

/// <summary>
/// A table's figures by position in its <see cref="TablePlan"/>. Facts (with their labels) are made
/// only for the figures a finding names; a check that passes reads the values and nothing else.
/// </summary>
internal sealed class TableFacts
{
    private TableFacts(TableSpec spec, TablePlan plan, ImmutableArray<CellValue?> values)
    {
        Spec = spec;
        Plan = plan;
        Values = values;
    }

    public TableSpec Spec { get; }

    public TablePlan Plan { get; }

    /// <summary>One per <see cref="TablePlan.Cells"/>, null where the table has no figure.</summary>
    public ImmutableArray<CellValue?> Values { get; }

    public static TableFacts From(TableData table)
    {
        var plan = TablePlan.For(table.Spec);
        var values = new CellValue?[plan.Cells.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = table.Cell(plan.Cells[i]);
        }
        return new TableFacts(table.Spec, plan, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    /// <summary>The fact at a position that has a figure.</summary>
    public CellFact Fact(int index)
    {
        var cell = Plan.Cells[index];
        return new CellFact(Spec, cell, Plan.Kinds[index] ?? Spec.Column(cell.Column).Kind, Values[index]!);
    }

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

/// <summary>
/// A table format's cells and rules as positions, worked out once per format: per report, each cell
/// is looked up once and every rule reads positions instead of looking cells up again.
/// </summary>
internal sealed class TablePlan
{
    private static readonly ConditionalWeakTable<TableSpec, TablePlan> Plans = new();

    private TablePlan(TableSpec spec)
    {
        var cells = ImmutableArray.CreateBuilder<CellRef>();
        cells.AddRange(spec.Cells);
        CellCount = cells.Count;
        var positions = new Dictionary<CellRef, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            positions.TryAdd(cells[i], i);
        }
        // A rule naming a cell outside the spec's own cells still reads it, in a slot of its own.
        int At(CellRef cell)
        {
            if (!positions.TryGetValue(cell, out var at))
            {
                at = cells.Count;
                cells.Add(cell);
                positions.Add(cell, at);
            }
            return at;
        }
        ImmutableArray<int> All(ImmutableArray<CellRef> refs) => [.. refs.Select(At)];

        Sums = [.. spec.Sums.Select(r => new SumPlan(r, At(r.Total), All(r.Parts)))];
        Balances = [.. spec.Balances.Select(r => new BalancePlan(r, At(r.Checked), All(r.Sources), All(r.Uses)))];
        Cells = cells.ToImmutable();
        Kinds = [.. Cells.Select(c => spec.Columns.FirstOrDefault(x => x.Key == c.Column)?.Kind)];
    }

    /// <summary>The spec's cells in its order (R8 reads these), then any other cell a rule names.</summary>
    public ImmutableArray<CellRef> Cells { get; }

    /// <summary>How many of <see cref="Cells"/> are the spec's own.</summary>
    public int CellCount { get; }

    /// <summary>Null for a column the spec does not define: <see cref="TableSpec.Column"/> reports that when asked.</summary>
    public ImmutableArray<CellKind?> Kinds { get; }

    public ImmutableArray<SumPlan> Sums { get; }

    public ImmutableArray<BalancePlan> Balances { get; }

    public static TablePlan For(TableSpec spec) => Plans.GetValue(spec, static s => new TablePlan(s));
}

internal sealed record SumPlan(SumRule Rule, int Total, ImmutableArray<int> Parts);

internal sealed record BalancePlan(BalanceRule Rule, int Checked, ImmutableArray<int> Sources, ImmutableArray<int> Uses);
