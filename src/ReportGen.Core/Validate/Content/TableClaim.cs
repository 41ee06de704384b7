using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>What the claim rules (N09–N11) share: the cells a claim in words is checked against, as operands.</summary>
internal static class TableClaim
{
    public static ImmutableArray<CellFact> Facts(Report report, TableSpec spec, IEnumerable<CellRef> cells) =>
        [.. cells.Select(c => report.Table(spec.Key).Cell(c) is { } v ? new CellFact(spec, c, spec.Column(c.Column).Kind, v) : null).OfType<CellFact>()];

    /// <summary>The 表四 rows a sentence speaks of: 复议 the review row, 诉讼 the two lawsuit rows; both when it names neither.</summary>
    public static ImmutableArray<string> ReviewRows(string sentence)
    {
        var review = sentence.Contains("复议", StringComparison.Ordinal) && !OnlyAsSuitKind(sentence);
        var suit = sentence.Contains("诉讼", StringComparison.Ordinal) || sentence.Contains("起诉", StringComparison.Ordinal);
        var rows = StatutoryFormat.Reviews.Rows.Select(r => r.Key).ToList();
        return (review, suit) switch
        {
            (true, false) => [rows[0]],
            (false, true) => [.. rows.Skip(1)],
            _ => [.. rows],
        };
    }

    /// <summary>"复议后起诉" and "未经复议" name kinds of lawsuit, not the review row.</summary>
    private static bool OnlyAsSuitKind(string sentence) =>
        sentence.Replace("复议后起诉", string.Empty, StringComparison.Ordinal).Replace("未经复议", string.Empty, StringComparison.Ordinal)
            .Replace("复议机关", string.Empty, StringComparison.Ordinal).Contains("复议", StringComparison.Ordinal) is false;

    public static Diagnostic Finding(RuleSpec rule, SourceLocation at, string message, string hint, ImmutableArray<CellFact> facts)
    {
        var shown = facts.Where(f => f.Value.Value != 0m).ToImmutableArray();
        return new Diagnostic(rule, at, message, hint)
        {
            Table = shown[0].Table.DisplayName,
            Row = shown[0].RowLabel,
            Column = shown[0].ColumnLabel,
            Expected = 0m,
            Actual = shown.Sum(f => f.Value.Value),
            Operands = [.. shown.Select(f => f.ToOperand())],
        };
    }

    public static string Cases(ImmutableArray<CellFact> facts) =>
        string.Join("，", facts.Where(f => f.Value.Value != 0m).Select(f => $"{(f.RowLabel.Length > 0 ? f.RowLabel : f.ColumnLabel)} {f.Value.Value:0}"));
}
