using System.Collections.Immutable;
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

/// <summary>Everything the rules look at, flattened from a report's tables.</summary>
internal sealed record ReportFacts(ImmutableArray<CellFact> Cells, ImmutableArray<SumCheck> Sums, ImmutableArray<BalanceCheck> Balances)
{
    public static ReportFacts From(IEnumerable<TableData> tables)
    {
        var cells = ImmutableArray.CreateBuilder<CellFact>();
        var sums = ImmutableArray.CreateBuilder<SumCheck>();
        var balances = ImmutableArray.CreateBuilder<BalanceCheck>();
        foreach (var table in tables)
        {
            var spec = table.Spec;
            CellFact? Fact(CellRef cell) => table.Cell(cell) is { } value ? new CellFact(spec, cell, spec.Column(cell.Column).Kind, value) : null;
            bool TryFacts(IEnumerable<CellRef> refs, out ImmutableArray<CellFact> facts)
            {
                var list = refs.Select(Fact).ToList();
                facts = [.. list.OfType<CellFact>()];
                return list.All(f => f is not null);
            }

            cells.AddRange(spec.Cells.Select(Fact).OfType<CellFact>().Where(f => f.Value.Origin != CellOrigin.Computed));
            foreach (var rule in spec.Sums)
            {
                // A computed total agrees by construction, and a missing part was reported when it was read.
                if (Fact(rule.Total) is { Value.Origin: not CellOrigin.Computed } total && TryFacts(rule.Parts, out var parts))
                {
                    sums.Add(new SumCheck(rule, total, parts));
                }
            }
            foreach (var rule in spec.Balances)
            {
                if (Fact(rule.Checked) is { } target && TryFacts(rule.Sources, out var sources) && TryFacts(rule.Uses, out var uses))
                {
                    balances.Add(new BalanceCheck(rule, target, sources, uses));
                }
            }
        }
        return new ReportFacts(cells.ToImmutable(), sums.ToImmutable(), balances.ToImmutable());
    }
}
