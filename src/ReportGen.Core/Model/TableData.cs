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

/// <summary>
/// Ordinal equality of cell keys with a hash that is cheap for the short ASCII keys of the format
/// (the default goes through randomised Marvin hashing of both strings on every lookup).
/// </summary>
internal sealed class CellRefComparer : IEqualityComparer<CellRef>
{
    public static readonly CellRefComparer Instance = new();

    public bool Equals(CellRef x, CellRef y) => string.Equals(x.Row, y.Row) && string.Equals(x.Column, y.Column);

    public int GetHashCode(CellRef cell) => (int)((Hash(cell.Row) * 31) ^ Hash(cell.Column));

    private static uint Hash(string? text)
    {
        var hash = 2166136261u;
        if (text is not null)
        {
            foreach (var ch in text)
            {
                hash = (hash ^ ch) * 16777619u;
            }
        }
        return hash;
    }
}

/// <summary>The cells of a format in a fixed order, so a table can hold its figures in an array. One per format, shared.</summary>
internal sealed class CellLayout
{
    private static readonly ConditionalWeakTable<TableSpec, CellLayout> Layouts = new();

    private readonly Dictionary<CellRef, int> positions = new(CellRefComparer.Instance);

    private CellLayout(TableSpec spec)
    {
        var cells = ImmutableArray.CreateBuilder<CellRef>();
        foreach (var cell in spec.Cells)
        {
            if (positions.TryAdd(cell, cells.Count))
            {
                cells.Add(cell);
            }
        }
        Cells = cells.ToImmutable();
        var slots = new SumSlot?[spec.Sums.Length];
        for (var s = 0; s < slots.Length; s++)
        {
            var sum = spec.Sums[s];
            var parts = sum.Parts.Select(IndexOf).ToArray();
            var total = IndexOf(sum.Total);
            slots[s] = total >= 0 && parts.All(p => p >= 0) ? new SumSlot(total, parts) : null;
        }
        SumSlots = slots;
    }

    public ImmutableArray<CellRef> Cells { get; }

    /// <summary>Per sum rule of the format, in order: the positions of its total and parts, or null if one is not a cell of the format.</summary>
    public IReadOnlyList<SumSlot?> SumSlots { get; }

    public static CellLayout Of(TableSpec spec) => Layouts.GetValue(spec, static s => new CellLayout(s));

    /// <summary>The position of a cell of the format, or -1.</summary>
    public int IndexOf(CellRef cell) => positions.TryGetValue(cell, out var i) ? i : -1;
}

internal sealed record SumSlot(int Total, int[] Parts);

/// <summary>
/// The figures of a table: one slot per cell of the format, plus any other keys a caller supplied.
/// Immutable once built; the dictionary view is made once, on demand, and shared by every copy of the table.
/// </summary>
internal sealed class CellStore
{
    private readonly CellValue?[] values;
    private readonly Dictionary<CellRef, CellValue>? extras;
    private ImmutableDictionary<CellRef, CellValue>? dictionary;

    private CellStore(CellLayout layout, CellValue?[] values, Dictionary<CellRef, CellValue>? extras, ImmutableDictionary<CellRef, CellValue>? dictionary)
    {
        Layout = layout;
        this.values = values;
        this.extras = extras;
        this.dictionary = dictionary;
    }

    public CellLayout Layout { get; }

    public ImmutableDictionary<CellRef, CellValue> Dictionary
    {
        get
        {
            if (Volatile.Read(ref dictionary) is { } built)
            {
                return built;
            }
            var cells = ImmutableDictionary.CreateBuilder<CellRef, CellValue>(CellRefComparer.Instance);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } value)
                {
                    cells.Add(Layout.Cells[i], value);
                }
            }
            if (extras is not null)
            {
                cells.AddRange(extras);
            }
            // Racing threads build equal dictionaries; all of them return the one that was stored first.
            var made = cells.ToImmutable();
            return Interlocked.CompareExchange(ref dictionary, made, null) ?? made;
        }
    }

    /// <summary>Keeps <paramref name="cells"/> itself as the dictionary view, so a table gives back what it was given.</summary>
    public static CellStore From(CellLayout layout, ImmutableDictionary<CellRef, CellValue> cells)
    {
        var builder = new Builder(layout);
        foreach (var (cell, value) in cells)
        {
            builder.Set(cell, value);
        }
        return new CellStore(layout, builder.Values, builder.Extras, cells);
    }

    public CellValue? Get(CellRef cell)
    {
        var i = Layout.IndexOf(cell);
        return i >= 0 ? values[i] : extras?.GetValueOrDefault(cell);
    }

    public IEnumerable<CellValue> Figures()
    {
        foreach (var value in values)
        {
            if (value is not null)
            {
                yield return value;
            }
        }
        if (extras is not null)
        {
            foreach (var value in extras.Values)
            {
                yield return value;
            }
        }
    }

    public Builder ToBuilder() => new(Layout, (CellValue?[])values.Clone(), extras is null ? null : new(extras, CellRefComparer.Instance));

    /// <summary>Collects the figures of one table while it is read; <see cref="ToStore"/> freezes them.</summary>
    internal sealed class Builder(CellLayout layout, CellValue?[] values, Dictionary<CellRef, CellValue>? extras)
    {
        public Builder(CellLayout layout)
            : this(layout, new CellValue?[layout.Cells.Length], null)
        {
        }

        public CellLayout Layout => layout;

        internal CellValue?[] Values => values;

        internal Dictionary<CellRef, CellValue>? Extras => extras;

        public CellValue? this[int position] => values[position];

        public bool AllPresent(int[] positions)
        {
            foreach (var p in positions)
            {
                if (values[p] is null)
                {
                    return false;
                }
            }
            return true;
        }

        public CellValue? Get(CellRef cell)
        {
            var i = layout.IndexOf(cell);
            return i >= 0 ? values[i] : extras?.GetValueOrDefault(cell);
        }

        public void Set(CellRef cell, CellValue value)
        {
            var i = layout.IndexOf(cell);
            if (i >= 0)
            {
                values[i] = value;
            }
            else
            {
                (extras ??= new(CellRefComparer.Instance))[cell] = value;
            }
        }

        public CellStore ToStore() => new(layout, values, extras, null);
    }
}
