using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

/// <summary>One figure, how it came to be and where it was read.</summary>
/// <remarks>
/// A loaded table has a figure per cell, and its location is needed only for a finding, so the loader
/// gives file, line and column and the <see cref="SourceLocation"/> is made on first use.
/// </remarks>
internal sealed record CellValue
{
    private readonly string? file;
    private readonly int line;
    private readonly int column;
    private SourceLocation? location;

    public CellValue(decimal Value, CellOrigin Origin, SourceLocation? Location)
    {
        this.Value = Value;
        this.Origin = Origin;
        location = Location;
    }

    internal CellValue(decimal value, CellOrigin origin, string file, int line, int column)
    {
        Value = value;
        Origin = origin;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public decimal Value { get; init; }

    public CellOrigin Origin { get; init; }

    public SourceLocation? Location
    {
        // Racing readers may each make one; they are equal records, and one of them stays.
        get => location ??= file is null ? null : new SourceLocation(file, line, column);
        init
        {
            location = value;
            file = null;
        }
    }

    public bool Equals(CellValue? other) =>
        other is not null && Value == other.Value && Origin == other.Origin && EqualityComparer<SourceLocation?>.Default.Equals(Location, other.Location);

    public override int GetHashCode() => HashCode.Combine(Value, Origin, Location);

    public void Deconstruct(out decimal Value, out CellOrigin Origin, out SourceLocation? Location)
    {
        Value = this.Value;
        Origin = this.Origin;
        Location = this.Location;
    }
}

/// <summary>The figures of one statutory table, keyed by the format's row and column keys.</summary>
/// <remarks>
/// Every stage looks cells up by key many times per report, so the figures live in an array indexed by
/// the format's cell positions (<see cref="CellStore"/>); <see cref="Cells"/> is the same content as an
/// immutable dictionary, built on first use when the table was loaded rather than given one.
/// </remarks>
internal sealed record TableData
{
    private readonly CellStore store;

    public TableData(TableSpec Spec, ImmutableDictionary<CellRef, CellValue> Cells)
    {
        this.Spec = Spec;
        store = CellStore.From(CellLayout.Of(Spec), Cells);
    }

    internal TableData(TableSpec spec, CellStore store)
    {
        Spec = spec;
        this.store = store;
    }

    public TableSpec Spec { get; init; }

    public ImmutableDictionary<CellRef, CellValue> Cells
    {
        get => store.Dictionary;
        init => store = CellStore.From(CellLayout.Of(Spec), value);
    }

    public decimal this[string row, string column] => store.Get(new CellRef(row, column)) is { } v ? v.Value : 0m;

    public CellValue? Cell(CellRef cell) => store.Get(cell);

    /// <summary>
    /// Every figure, the format's cells in order and then any others. Unlike <see cref="Cells"/> it builds
    /// nothing, for a caller that only needs the values (a method, so the record's ToString stays as it was).
    /// </summary>
    public IEnumerable<CellValue> Figures() => store.Figures();

    public static TableData Zero(TableSpec spec) => new(spec,
        spec.Cells.ToImmutableDictionary(c => c, _ => new CellValue(0m, CellOrigin.Read, null)));

    /// <summary>Fills every total that is absent from its parts, as the official arithmetic defines it.</summary>
    public TableData WithComputedTotals()
    {
        var cells = store.ToBuilder();
        var slots = ReferenceEquals(cells.Layout, CellLayout.Of(Spec)) ? cells.Layout.SumSlots : null;
        var sums = Spec.Sums;
        var computed = false;
        bool progress;
        do
        {
            progress = false;
            for (var s = 0; s < sums.Length; s++)
            {
                var sum = sums[s];
                // The layout's slots are the same cells as the rule's, by position; a rule outside the layout goes by key.
                var slot = slots?[s];
                if (slot is { } known
                    ? cells[known.Total] is not null || !cells.AllPresent(known.Parts)
                    : cells.Get(sum.Total) is not null || !sum.Parts.All(p => cells.Get(p) is not null))
                {
                    continue;
                }
                var total = 0m;
                for (var p = 0; p < sum.Parts.Length; p++)
                {
                    total += (slot is { } at ? cells[at.Parts[p]] : cells.Get(sum.Parts[p]))!.Value;
                }
                cells.Set(sum.Total, new CellValue(total, CellOrigin.Computed, null));
                progress = true;
                computed = true;
            }
        }
        while (progress);
        // Unchanged, the table keeps its store, so it stays equal to this one as a copy of the record would.
        return new TableData(Spec, computed ? cells.ToStore() : store);
    }

    public bool Equals(TableData? other) =>
        other is not null && EqualityComparer<TableSpec>.Default.Equals(Spec, other.Spec) && ReferenceEquals(Cells, other.Cells);

    public override int GetHashCode() => HashCode.Combine(Spec, RuntimeHelpers.GetHashCode(Cells));

    public void Deconstruct(out TableSpec Spec, out ImmutableDictionary<CellRef, CellValue> Cells)
    {
        Spec = this.Spec;
        Cells = this.Cells;
    }
}
