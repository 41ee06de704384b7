using System.Collections.Immutable;

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

/// <summary>A cell that must equal the sum of other cells (R2, R4, R5).</summary>
internal sealed record SumRule(RuleSpec Rule, CellRef Total, ImmutableArray<CellRef> Parts);

/// <summary>Two sums that must be equal (R1: 新收 + 上年结转 = 办理结果总计 + 结转下年度).</summary>
internal sealed record BalanceRule(RuleSpec Rule, CellRef Checked, ImmutableArray<CellRef> Sources, ImmutableArray<CellRef> Uses);

/// <summary>
/// A rule across two years (R6, R7): this year's <paramref name="Checked"/> must equal last year's
/// <paramref name="Previous"/> plus this year's <paramref name="Added"/> minus this year's <paramref name="Removed"/>.
/// </summary>
internal sealed record CrossYearRule(RuleSpec Rule, CellRef Checked, CellRef Previous, ImmutableArray<CellRef> Added, ImmutableArray<CellRef> Removed);

/// <summary>A sum rule by cell positions (<see cref="TableSpec.IndexOf"/>).</summary>
internal sealed record SumSlot(SumRule Rule, int Total, ImmutableArray<int> Parts);

/// <summary>A balance rule by cell positions.</summary>
internal sealed record BalanceSlot(BalanceRule Rule, int Checked, ImmutableArray<int> Sources, ImmutableArray<int> Uses);

/// <summary>
/// One statutory table: what the official form prints (labels, groups, numbering), its file in a
/// report folder, how it is drawn, its arithmetic, and — worked out once, here — what every stage
/// asks of it per cell: positions, labels and the candidate sets labels are matched against.
/// A spec is built once per process (<see cref="StatutoryFormat"/>) and never changes.
/// </summary>
/// <param name="Key">Stable ASCII key: the table's name in templates, report.json headings and code.</param>
/// <param name="FileName">The table's file in a report folder.</param>
/// <param name="ColumnWeights">Relative widths of the drawn table's grid columns (labels first, then figures).</param>
internal sealed class TableSpec
{
    // Plain dictionaries, never modified after the constructor: every process builds the format once at
    // start-up, where a frozen collection's analysis of its keys costs more than all its lookups save.
    private readonly Dictionary<string, ColumnSpec> columnsByKey;
    private readonly Dictionary<string, RowSpec> rowsByKey;
    private readonly Dictionary<string, string> columnPaths;
    private readonly Dictionary<CellRef, string> cellColumnLabels;
    private readonly Dictionary<CellRef, int> positions = new(CellRefComparer.Instance);
    private readonly HashSet<CellRef> computable;

    public TableSpec(
        string key, string number, string title, string fileName, TableLayout layout,
        string rowHeaderLabel, string? cornerLabel, string? columnsTitle,
        ImmutableArray<ColumnSpec> columns, ImmutableArray<RowSpec> rows,
        ImmutableArray<SumRule> sums, ImmutableArray<BalanceRule> balances, ImmutableArray<CrossYearRule> crossYear,
        ImmutableArray<int> columnWeights)
    {
        (Key, Number, Title, FileName, Layout) = (key, number, title, fileName, layout);
        (RowHeaderLabel, CornerLabel, ColumnsTitle) = (rowHeaderLabel, cornerLabel, columnsTitle);
        (Columns, Rows, Sums, Balances, CrossYear, ColumnWeights) = (columns, rows, sums, balances, crossYear, columnWeights);

        columnsByKey = columns.ToDictionary(c => c.Key, StringComparer.Ordinal);
        rowsByKey = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        columnPaths = columns.ToDictionary(c => c.Key, c => string.Join('/', c.Groups.Where(g => g != columnsTitle).Append(c.Label)), StringComparer.Ordinal);
        Cells = [.. rows.SelectMany(r => r.Columns.Select(c => new CellRef(r.Key, c)))];
        for (var i = 0; i < Cells.Length; i++)
        {
            positions.Add(Cells[i], i);
        }
        CellKinds = [.. Cells.Select(c => columnsByKey[c.Column].Kind)];
        computable = sums.Select(s => s.Total).ToHashSet(CellRefComparer.Instance);
        // Every row with every column, not only the row's own: a finding may pair any known keys.
        cellColumnLabels = rows.SelectMany(r => columns.Select(c => (Cell: new CellRef(r.Key, c.Key), Row: r, Column: c)))
            .ToDictionary(
                x => x.Cell,
                x => layout == TableLayout.Flat ? string.Join('/', x.Row.Groups.Append(x.Row.Label).Append(x.Column.Label)) : columnPaths[x.Column.Key],
                CellRefComparer.Instance);
        SumSlots = [.. sums.Select(r => new SumSlot(r, Position(r.Total), [.. r.Parts.Select(Position)]))];
        BalanceSlots = [.. balances.Select(r => new BalanceSlot(r, Position(r.Checked), [.. r.Sources.Select(Position)], [.. r.Uses.Select(Position)]))];

        RowCandidates = new(rows.Select(r => new LabelCandidate<RowSpec>(r, r.Label, [r.Key])));
        ColumnCandidates = new(columns.Select(c => new LabelCandidate<ColumnSpec>(c, c.Label, [c.Key, columnPaths[c.Key]])));
        // Only a flat table (表四) is read by cell paths; the other tables' cells need no candidates, and
        // building them is most of the format's start-up cost.
        FlatColumns = new(layout != TableLayout.Flat ? [] : Cells.Select(cell => new LabelCandidate<FlatColumn>(new FlatColumn(cell, IsComputable(cell)), cellColumnLabels[cell],
            [$"{cell.Row}_{cell.Column}", $"{rowsByKey[cell.Row].Label}/{columnsByKey[cell.Column].Label}"])));
    }

    public string Key { get; }

    /// <summary>"表三": how the form numbers the table.</summary>
    public string Number { get; }

    public string Title { get; }

    public string FileName { get; }

    public TableLayout Layout { get; }

    /// <summary>The header of the label column ("信息内容", "项目").</summary>
    public string RowHeaderLabel { get; }

    public string? CornerLabel { get; }

    /// <summary>The group over all figure columns (表三's "申请人情况"), left out of column paths.</summary>
    public string? ColumnsTitle { get; }

    public ImmutableArray<ColumnSpec> Columns { get; }

    public ImmutableArray<RowSpec> Rows { get; }

    public ImmutableArray<SumRule> Sums { get; }

    public ImmutableArray<BalanceRule> Balances { get; }

    public ImmutableArray<CrossYearRule> CrossYear { get; }

    public ImmutableArray<int> ColumnWeights { get; }

    /// <summary>"表三（收到和处理政府信息公开申请情况）": how findings name the table.</summary>
    public string DisplayName => $"{Number}（{Title}）";

    /// <summary>Every cell of the table in a fixed order (row by row): a table's figures are stored at these positions.</summary>
    public ImmutableArray<CellRef> Cells { get; }

    /// <summary>Per position of <see cref="Cells"/>, how its value is typed.</summary>
    public ImmutableArray<CellKind> CellKinds { get; }

    /// <summary>The format's sum rules by position, in the order of <see cref="Sums"/>.</summary>
    public ImmutableArray<SumSlot> SumSlots { get; }

    public ImmutableArray<BalanceSlot> BalanceSlots { get; }

    /// <summary>Every row by its official label and its key: what a row label may name.</summary>
    public LabelCandidates<RowSpec> RowCandidates { get; }

    /// <summary>Every column by its official label, its key and its path ("法人或其他组织/商业企业").</summary>
    public LabelCandidates<ColumnSpec> ColumnCandidates { get; }

    /// <summary>Every cell as one column of a flat header (表四): "行政诉讼/复议后起诉/总计", "复议后起诉/总计", "suit_after_review_total".</summary>
    public LabelCandidates<FlatColumn> FlatColumns { get; }

    /// <summary>The position of a cell of the table, or -1.</summary>
    public int IndexOf(CellRef cell) => positions.TryGetValue(cell, out var i) ? i : -1;

    public ColumnSpec Column(string key) => columnsByKey[key];

    public RowSpec Row(string key) => rowsByKey[key];

    /// <summary>Cells a source may leave out because they are totals of other cells.</summary>
    public bool IsComputable(CellRef cell) => computable.Contains(cell);

    /// <summary>The label of a column with its group labels, as a CSV header may spell it: "行政复议/结果维持".</summary>
    public string ColumnPath(ColumnSpec column) => columnPaths[column.Key];

    /// <summary>How findings name a cell's column: for 表四 the group (row) comes first.</summary>
    public string CellColumnLabel(CellRef cell) => cellColumnLabels[cell];

    public string CellRowLabel(CellRef cell) => Layout == TableLayout.Flat ? string.Empty : Row(cell.Row).Label;

    public override string ToString() => DisplayName;

    // A rule names cells of its own table: anything else is a mistake in the format, found at start-up.
    private int Position(CellRef cell) =>
        positions.TryGetValue(cell, out var i) ? i : throw new InvalidOperationException($"{Key}: a rule names {cell}, which is not a cell of the table");
}

/// <summary>One cell of a table read as a column of a flat header (表四).</summary>
/// <param name="Computable">A total the source may leave out.</param>
internal sealed record FlatColumn(CellRef Cell, bool Computable);

/// <summary>One of the six sections of the report.</summary>
/// <param name="Key">Stable ASCII key: report.json headings, templates.</param>
/// <param name="Heading">The heading as the 2021 format words it.</param>
/// <param name="TableKey">The statutory table the section holds, if any.</param>
/// <param name="NarrativeFile">The section's narrative file in a report folder.</param>
/// <param name="IsTopic">Whether a heading's words (numeral and spaces removed) are about this section, as published reports word it.</param>
internal sealed record SectionSpec(string Key, string Heading, string? TableKey, string NarrativeFile, Func<string, bool> IsTopic);
