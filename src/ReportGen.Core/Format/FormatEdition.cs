using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace ReportGen.Format;

/// <summary>
/// An edition of the statutory format and what its tables printed that the 2021 edition does not, so a
/// report in an older edition is recognised rather than misread (docs/format.md, "Editions"). Only what
/// still means the same thing in 2021 maps to a 2021 cell; the rest is reported, never folded into another cell.
/// </summary>
/// <param name="Name">The document that set the edition: "国办公开办函〔2019〕60号".</param>
/// <param name="Tables">What the edition printed differently, per table; a table it printed as 2021 does is not listed.</param>
internal sealed record FormatEdition(string Name, int Year, ImmutableArray<EditionTable> Tables)
{
    /// <summary>What this edition printed differently in <paramref name="spec"/>; <see cref="EditionTable.Same"/> when nothing.</summary>
    public EditionTable For(TableSpec spec)
    {
        foreach (var table in Tables)
        {
            if (table.TableKey == spec.Key)
            {
                return table;
            }
        }
        return EditionTable.Same;
    }

    /// <summary>Whether a finding's table (<see cref="TableSpec.DisplayName"/>) and row are one of the rows a one-row group of this edition stands for.</summary>
    public bool IsOneRowLabel(string tableName, string rowLabel) =>
        Tables.Any(t => t.IsOneRowLabel(rowLabel) && StatutoryFormat.Table(t.TableKey).DisplayName == tableName);

    /// <summary>The label of <paramref name="labels"/> that <paramref name="text"/> spells, ignoring what <see cref="LabelMatcher.Normalise"/> folds.</summary>
    public static string? Find(IEnumerable<string> labels, string text)
    {
        var normalised = LabelMatcher.Normalise(text);
        return labels.FirstOrDefault(l => LabelMatcher.Normalise(l) == normalised);
    }
}

/// <summary>
/// What one table of an edition printed that the 2021 table does not: the importers of a table's shape
/// read these for the table they are reading, whichever table it is.
/// </summary>
/// <param name="TableKey">The 2021 table (<see cref="TableSpec.Key"/>).</param>
/// <param name="Columns">Column labels of this edition → the 2021 column key they equal, or null.</param>
/// <param name="Rows">Row labels of this edition → the 2021 row key they equal, or null.</param>
/// <param name="Blocks">Block titles of this edition that 2021 dropped → what the block counted ("政府集中采购").</param>
/// <param name="RefillHint">What a report in this edition is asked to fill in by the 2021 format (the cells it could not give); empty when the table is printed as in 2021.</param>
/// <param name="OneRowGroup">A group that this edition printed as one row of figures (2021 splits it); empty when none.</param>
/// <param name="OneRowRows">The 2021 rows that <paramref name="OneRowGroup"/> stands for: a report in this edition has no figures of its own for them.</param>
internal sealed record EditionTable(
    string TableKey,
    FrozenDictionary<string, string?> Columns,
    FrozenDictionary<string, string?> Rows,
    FrozenDictionary<string, string> Blocks,
    string RefillHint,
    string OneRowGroup,
    ImmutableArray<RowSpec> OneRowRows)
{
    /// <summary>A table the edition printed as 2021 does.</summary>
    public static readonly EditionTable Same = new(string.Empty, FrozenDictionary<string, string?>.Empty, FrozenDictionary<string, string?>.Empty,
        FrozenDictionary<string, string>.Empty, string.Empty, string.Empty, []);

    /// <summary>Whether the edition labelled the table's blocks, columns or rows differently.</summary>
    public bool HasAliases => Columns.Count > 0 || Rows.Count > 0 || Blocks.Count > 0;

    /// <summary>The edition's column labels that mean a 2021 column ("处理决定数量"): all that is imported of a table in this edition.</summary>
    public IEnumerable<string> SameColumns => Columns.Where(c => c.Value is not null).Select(c => c.Key);

    /// <summary>Whether a 2021 row of the table has a column this edition also printed: a row without one has no figures in this edition.</summary>
    public bool HasFiguresOf(RowSpec row) => row.Columns.Any(c => Columns.Values.Contains(c));

    /// <summary>How many 2021 rows <see cref="OneRowGroup"/> stands for, as a message says it ("三").</summary>
    public string OneRowCount => OneRowRows.Length is > 0 and <= 10
        ? "一二三四五六七八九十"[(OneRowRows.Length - 1)..OneRowRows.Length]
        : OneRowRows.Length.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="label"/> is the label of one of <see cref="OneRowRows"/>.</summary>
    public bool IsOneRowLabel(string label) => OneRowRows.Any(r => r.Label == label);
}
