using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReportGen.Format;

namespace ReportGen.Model;

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
