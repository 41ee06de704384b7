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
/// A loaded table has a figure per cell and its place is needed only for a finding, so the place is
/// kept as its parts and <see cref="Location"/> is made when asked for.
/// </remarks>
internal sealed record CellValue
{
    private readonly string? file;
    private readonly int line;
    private readonly int column;

    public CellValue(decimal value, CellOrigin origin, SourceLocation? location)
        : this(value, origin, location?.File, location?.Line ?? 0, location?.Column ?? 0)
    {
    }

    public CellValue(decimal value, CellOrigin origin, string? file, int line, int column)
    {
        Value = value;
        Origin = origin;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public decimal Value { get; }

    public CellOrigin Origin { get; }

    public SourceLocation? Location => file is null ? null : new SourceLocation(file, line, column);
}

/// <summary>The figures of one statutory table, one slot per cell of its format (<see cref="TableSpec.Cells"/>).</summary>
/// <remarks>
/// Every stage looks cells up many times per report, so the figures live in an array indexed by the
/// format's cell positions; <see cref="Cell"/> is the one way to read one.
/// </remarks>
internal sealed class TableData
{
    private readonly CellValue?[] values;

    private TableData(TableSpec spec, CellValue?[] values)
    {
        Spec = spec;
        this.values = values;
    }

    public TableSpec Spec { get; }

    /// <summary>The figure of a cell of the format, or null when the table has none.</summary>
    public CellValue? Cell(CellRef cell) => Spec.IndexOf(cell) is >= 0 and var i ? values[i] : null;

    /// <summary>Shorthand for <see cref="Cell"/>'s value, 0 where there is none (what the document shows and sums use).</summary>
    public decimal this[string row, string column] => Cell(new CellRef(row, column))?.Value ?? 0m;

    /// <summary>Every figure with its cell, in the format's order.</summary>
    public IEnumerable<(CellRef Cell, CellValue Value)> Figures()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                yield return (Spec.Cells[i], value);
            }
        }
    }

    public static TableData Of(TableSpec spec, IEnumerable<KeyValuePair<CellRef, CellValue>> cells)
    {
        var builder = new Builder(spec);
        foreach (var (cell, value) in cells)
        {
            builder.Set(cell, value);
        }
        return builder.ToTable();
    }

    public static TableData Zero(TableSpec spec) =>
        Of(spec, spec.Cells.Select(c => KeyValuePair.Create(c, new CellValue(0m, CellOrigin.Read, null))));

    /// <summary>Fills every total that is absent from its parts, as the official arithmetic defines it.</summary>
    public TableData WithComputedTotals()
    {
        CellValue?[]? filled = null;
        var current = values;
        bool progress;
        do
        {
            progress = false;
            foreach (var sum in Spec.SumSlots)
            {
                if (current[sum.Total] is not null || !AllPresent(current, sum.Parts))
                {
                    continue;
                }
                var total = 0m;
                foreach (var part in sum.Parts)
                {
                    total += current[part]!.Value;
                }
                current = filled ??= (CellValue?[])values.Clone();
                filled[sum.Total] = new CellValue(total, CellOrigin.Computed, null);
                progress = true;
            }
        }
        while (progress);
        return filled is null ? this : new TableData(Spec, filled);
    }

    private static bool AllPresent(CellValue?[] values, IEnumerable<int> positions)
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

    /// <summary>Collects the figures of one table while it is read; <see cref="ToTable"/> freezes them.</summary>
    internal sealed class Builder(TableSpec spec)
    {
        private CellValue?[]? values = new CellValue?[spec.Cells.Length];

        public CellValue? Get(CellRef cell) => Spec.IndexOf(cell) is >= 0 and var i ? Values[i] : null;

        /// <summary>Sets the figure of a cell of the format; a cell the format does not have is a mistake of the caller.</summary>
        public void Set(CellRef cell, CellValue value)
        {
            var i = Spec.IndexOf(cell);
            if (i < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(cell), cell, $"not a cell of {Spec.Key}");
            }
            Values[i] = value;
        }

        /// <summary>The table; the builder cannot be used after.</summary>
        public TableData ToTable()
        {
            var table = new TableData(Spec, Values);
            values = null;
            return table;
        }

        private TableSpec Spec => spec;

        private CellValue?[] Values => values ?? throw new InvalidOperationException("the table was already built");
    }
}
