using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ReportGen.Format;

/// <summary>
/// An edition of the statutory format and what its tables printed that the 2021 edition does not, so a
/// report in an older edition is recognised rather than misread (docs/format.md, "Editions"). Only what
/// still means the same thing in 2021 maps to a 2021 cell; the rest is reported, never folded into another cell.
/// </summary>
/// <param name="Name">The document that set the edition: "国办公开办函〔2019〕60号".</param>
/// <param name="ActiveColumns">表二 column labels of this edition → the 2021 column key they equal, or null.</param>
/// <param name="ActiveRows">表二 row labels of this edition → the 2021 row key they equal, or null.</param>
/// <param name="ActiveBlocks">表二 block titles of this edition that 2021 dropped.</param>
/// <param name="OneRowGroup">A group of 表三 that this edition printed as one row of figures (2021 splits it); empty when none.</param>
/// <param name="OneRowRows">The 2021 rows of 表三 that <paramref name="OneRowGroup"/> stands for: a report in this edition has no figures of its own for them.</param>
internal sealed record FormatEdition(
    string Name,
    int Year,
    FrozenDictionary<string, string?> ActiveColumns,
    FrozenDictionary<string, string?> ActiveRows,
    ImmutableArray<string> ActiveBlocks,
    string OneRowGroup,
    ImmutableArray<RowSpec> OneRowRows)
{
    /// <summary>Whether <paramref name="label"/> is the label of one of <see cref="OneRowRows"/>.</summary>
    public bool IsOneRowLabel(string label) => OneRowRows.Any(r => r.Label == label);

    /// <summary>The label of <paramref name="labels"/> that <paramref name="text"/> spells, ignoring what <see cref="LabelMatcher.Normalise"/> folds.</summary>
    public static string? Find(IEnumerable<string> labels, string text)
    {
        var normalised = LabelMatcher.Normalise(text);
        return labels.FirstOrDefault(l => LabelMatcher.Normalise(l) == normalised);
    }
}
