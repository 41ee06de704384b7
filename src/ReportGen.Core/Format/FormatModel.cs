using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ReportGen.Format;

/// <summary>How a value of a cell is typed: a count of items or cases, or an amount of money in 万元.</summary>
internal enum CellKind
{
    Count,
    Amount,
}

/// <summary>How the official form draws a table; the writer and the loaders lay it out from this.</summary>
internal enum TableLayout
{
    /// <summary>表二: blocks (第二十条第（x）项), each with its own header row and columns.</summary>
    Blocks,

    /// <summary>表三: one row of figures per official row, label cells merged down the left.</summary>
    Matrix,

    /// <summary>表四: one single row of figures; the model's rows become column groups.</summary>
    Flat,
}

/// <param name="Key">Stable ASCII key, used in CSV headers and template names.</param>
/// <param name="Label">The label exactly as the official form prints it.</param>
/// <param name="Groups">Labels of the merged header cells above this column, outermost first.</param>
internal sealed record ColumnSpec(string Key, string Label, ImmutableArray<string> Groups, CellKind Kind, bool IsTotal);

/// <param name="Key">Stable ASCII key, used in CSV files and template names.</param>
/// <param name="Label">The label exactly as the official form prints it.</param>
/// <param name="Groups">Labels of the merged label cells to the left (表三) or the block title (表二), outermost first.</param>
/// <param name="Columns">Keys of the columns this row has a figure in.</param>
internal sealed record RowSpec(string Key, string Label, ImmutableArray<string> Groups, ImmutableArray<string> Columns, bool IsTotal);

internal readonly record struct CellRef(string Row, string Column);

/// <summary>A cell that must equal the sum of other cells (R2, R4, R5).</summary>
internal sealed record SumRule(string RuleId, CellRef Total, ImmutableArray<CellRef> Parts);

/// <summary>Two sums that must be equal (R1: 新收 + 上年结转 = 办理结果总计 + 结转下年度).</summary>
internal sealed record BalanceRule(string RuleId, CellRef Checked, ImmutableArray<CellRef> Sources, ImmutableArray<CellRef> Uses);

/// <summary>
/// A rule across two years (R6, R7): this year's <paramref name="Checked"/> must equal last year's
/// <paramref name="Previous"/> plus this year's <paramref name="Added"/> minus this year's <paramref name="Removed"/>.
/// </summary>
internal sealed record CrossYearRule(string RuleId, CellRef Checked, CellRef Previous, ImmutableArray<CellRef> Added, ImmutableArray<CellRef> Removed);

internal sealed record TableSpec(
    string Key,
    string Number,
    string Title,
    string FileName,
    TableLayout Layout,
    string RowHeaderLabel,
    string? CornerLabel,
    string? ColumnsTitle,
    ImmutableArray<ColumnSpec> Columns,
    ImmutableArray<RowSpec> Rows,
    ImmutableArray<SumRule> Sums,
    ImmutableArray<BalanceRule> Balances)
{
    public ImmutableArray<CrossYearRule> CrossYear { get; init; } = [];

    /// <summary>"表三（收到和处理政府信息公开申请情况）": how findings name the table.</summary>
    public string DisplayName => $"{Number}（{Title}）";

    public ColumnSpec Column(string key) =>
        Lookup.Columns.TryGetValue(key, out var column) ? column.Spec : Columns.First(c => c.Key == key);

    public RowSpec Row(string key) => Lookup.Rows.TryGetValue(key, out var row) ? row : Rows.First(r => r.Key == key);

    public IEnumerable<CellRef> Cells => Lookup.Cells;

    /// <summary>Cells a CSV may leave out because they are totals of other cells.</summary>
    public bool IsComputable(CellRef cell) => Sums.Any(s => s.Total == cell);

    /// <summary>The label of a column with its group labels, as a CSV header may spell it: "行政复议/结果维持".</summary>
    public string ColumnPath(ColumnSpec column) =>
        Lookup.Columns.TryGetValue(column.Key, out var known) && ReferenceEquals(known.Spec, column)
            ? known.Path
            : BuildColumnPath(column);

    /// <summary>How findings name a cell's column: for 表四 the group (row) comes first.</summary>
    public string CellColumnLabel(CellRef cell) =>
        Lookup.CellColumnLabels.TryGetValue(cell, out var label) ? label
        : Layout == TableLayout.Flat ? FlatColumnLabel(Row(cell.Row), Column(cell.Column)) : ColumnPath(Column(cell.Column));

    public string CellRowLabel(CellRef cell) => Layout == TableLayout.Flat ? string.Empty : Row(cell.Row).Label;

    /// <summary>Every row by its official label and its key: what a row label may name.</summary>
    public LabelCandidates<RowSpec> RowCandidates => Lookup.RowCandidates;

    /// <summary>Every column by its official label, its key and its path ("法人或其他组织/商业企业").</summary>
    public LabelCandidates<ColumnSpec> ColumnCandidates => Lookup.ColumnCandidates;

    /// <summary>Every cell as one column of a flat header (表四): "行政诉讼/复议后起诉/总计", "复议后起诉/总计", "suit_after_review_total".</summary>
    public LabelCandidates<FlatColumn> FlatColumns => Lookup.FlatColumns;

    // Loaders and rules ask for labels once per cell of every report; a spec never changes, so they are
    // built once per spec. Held outside the record, by reference, so record equality and `with` copies
    // behave as before, and reports checked in parallel share it without locks (it is immutable).
    private static readonly ConditionalWeakTable<TableSpec, SpecLookup> Lookups = new();

    private SpecLookup Lookup => Lookups.GetValue(this, static spec => new SpecLookup(spec));

    private string BuildColumnPath(ColumnSpec column) =>
        string.Join('/', column.Groups.Where(g => g != ColumnsTitle).Append(column.Label));

    private static string FlatColumnLabel(RowSpec row, ColumnSpec column) =>
        string.Join('/', row.Groups.Append(row.Label).Append(column.Label));

    private sealed class SpecLookup
    {
        public SpecLookup(TableSpec spec)
        {
            // The first of a repeated key wins, as First() did.
            var columns = spec.Columns.DistinctBy(c => c.Key).ToList();
            var rows = spec.Rows.DistinctBy(r => r.Key).ToList();
            Columns = columns.ToFrozenDictionary(c => c.Key, c => (c, spec.BuildColumnPath(c)), StringComparer.Ordinal);
            Rows = rows.ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);
            Cells = [.. spec.Rows.SelectMany(r => r.Columns.Select(c => new CellRef(r.Key, c)))];
            // Every row with every column, not only the row's own: callers may pair any known keys.
            CellColumnLabels = rows.SelectMany(r => columns.Select(c => (Cell: new CellRef(r.Key, c.Key), Row: r, Column: c)))
                .ToFrozenDictionary(
                    x => x.Cell,
                    x => spec.Layout == TableLayout.Flat ? FlatColumnLabel(x.Row, x.Column) : spec.BuildColumnPath(x.Column));
            RowCandidates = new(spec.Rows.Select(r => new LabelCandidate<RowSpec>(r, r.Label, [r.Key])));
            ColumnCandidates = new(spec.Columns.Select(c => new LabelCandidate<ColumnSpec>(c, c.Label, [c.Key, spec.BuildColumnPath(c)])));
            FlatColumns = new(Cells.Select(cell =>
            {
                var row = Rows[cell.Row];
                var column = Columns[cell.Column].Spec;
                return new LabelCandidate<FlatColumn>(new FlatColumn(cell, spec.IsComputable(cell)), CellColumnLabels[cell],
                    [$"{cell.Row}_{cell.Column}", $"{row.Label}/{column.Label}"]);
            }));
        }

        public LabelCandidates<RowSpec> RowCandidates { get; }

        public LabelCandidates<ColumnSpec> ColumnCandidates { get; }

        public LabelCandidates<FlatColumn> FlatColumns { get; }

        public FrozenDictionary<string, (ColumnSpec Spec, string Path)> Columns { get; }

        public FrozenDictionary<string, RowSpec> Rows { get; }

        public ImmutableArray<CellRef> Cells { get; }

        public FrozenDictionary<CellRef, string> CellColumnLabels { get; }
    }
}

/// <summary>One cell of a table read as a column of a flat header (表四).</summary>
/// <param name="Computable">A total the source may leave out.</param>
internal sealed record FlatColumn(CellRef Cell, bool Computable);

internal sealed record SectionSpec(string Key, string Heading, string? TableKey, string NarrativeFile);
