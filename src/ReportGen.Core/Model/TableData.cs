using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

internal enum CellOrigin
{
    /// <summary>A figure the user wrote.</summary>
    Read,

    /// <summary>Blank, "/", "—" or "-": read as 0 (real reports do this).</summary>
    Placeholder,

    /// <summary>A total the user left out, computed from its parts.</summary>
    Computed,
}

internal sealed record CellValue(decimal Value, CellOrigin Origin, SourceLocation? Location);

/// <summary>The figures of one statutory table, keyed by the format's row and column keys.</summary>
internal sealed record TableData(TableSpec Spec, ImmutableDictionary<CellRef, CellValue> Cells)
{
    public decimal this[string row, string column] => Cells.TryGetValue(new CellRef(row, column), out var v) ? v.Value : 0m;

    public CellValue? Cell(CellRef cell) => Cells.GetValueOrDefault(cell);

    public static TableData Zero(TableSpec spec) => new(spec,
        spec.Cells.ToImmutableDictionary(c => c, _ => new CellValue(0m, CellOrigin.Read, null)));

    /// <summary>Fills every total that is absent from its parts, as the official arithmetic defines it.</summary>
    public TableData WithComputedTotals()
    {
        var cells = Cells.ToBuilder();
        bool progress;
        do
        {
            progress = false;
            foreach (var sum in Spec.Sums)
            {
                if (cells.ContainsKey(sum.Total) || !sum.Parts.All(cells.ContainsKey))
                {
                    continue;
                }
                cells[sum.Total] = new CellValue(sum.Parts.Sum(p => cells[p].Value), CellOrigin.Computed, null);
                progress = true;
            }
        }
        while (progress);
        return this with { Cells = cells.ToImmutable() };
    }
}
