using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// What the three table importers share: matching labels to the format with the tolerances of real
/// reports (each reported), storing figures with the source line, and the missing-data findings.
/// </summary>
internal sealed class TableImport(TableSpec spec, SourceDocument document, ImportFindings findings)
{
    private readonly ImmutableDictionary<CellRef, CellValue>.Builder cells = ImmutableDictionary.CreateBuilder<CellRef, CellValue>();
    private readonly Dictionary<string, SourceLocation> rowsSeen = [];

    public TableSpec Spec => spec;

    public SourceDocument Document => document;

    public ImportFindings Findings => findings;

    public bool Seen(string rowKey) => rowsSeen.ContainsKey(rowKey);

    public LabelMatch<RowSpec> MatchRow(string label) =>
        LabelMatcher.Match(label, [.. spec.Rows.Select(r => new LabelCandidate<RowSpec>(r, r.Label, [r.Key]))]);

    /// <summary>
    /// Reports a label that differs from the official one. Spacing alone is not reported: PDF-to-text
    /// inserts spaces where the printed report has none.
    /// </summary>
    public void WarnLabel<T>(LabelMatch<T> match, string label, SourceLocation location, string? row, string? column)
        where T : class
    {
        if (match.Quality is LabelMatchQuality.Exact or LabelMatchQuality.None || WithoutSpaces(label) == WithoutSpaces(match.Suggestion ?? string.Empty))
        {
            return;
        }
        var kind = match.Quality == LabelMatchQuality.Typo ? "有错字" : "写法不同（括号、编号或标点）";
        findings.Add(RuleCatalog.NearMissLabel, location,
            $"{document.Where(location)}：{spec.Number}的标签“{label}”与官方标签{kind}，已按“{match.Suggestion}”读取",
            $"官方写法为“{match.Suggestion}”", spec.DisplayName, row, column);
    }

    /// <summary>Claims a row for a source line; a second line with the same row is reported and skipped.</summary>
    public bool Claim(RowSpec row, SourceLocation location)
    {
        if (rowsSeen.TryGetValue(row.Key, out var first))
        {
            findings.Add(RuleCatalog.DuplicateRow, location,
                $"{document.Where(location)}：{spec.Number}的行“{row.Label}”重复出现（{document.Where(first)}已有），这一行的数字未导入",
                "请核对原文，删除重复的行", spec.DisplayName, row.Label);
            return false;
        }
        rowsSeen[row.Key] = location;
        return true;
    }

    /// <summary>Stores one figure. Blank, "/" and "—" read as 0 with a warning, except a total, which is computed from its parts.</summary>
    public void SetCell(CellRef cell, string text, SourceLocation location)
    {
        var read = CellReading.Of(spec, cell, text, location);
        if (read.Value is { } value)
        {
            cells[cell] = value;
        }
        var at = $"{document.Where(location)}：{spec.Number}{read.Where}";
        switch (read.Kind)
        {
            case CellReadKind.ComputedTotal:
                findings.Add(RuleCatalog.Placeholder, location, $"{at}{read.Shown}，已按分项之和计算",
                    "原文的总计未填写，请核对计算结果", spec.DisplayName, read.RowLabel, read.ColumnLabel);
                break;
            case CellReadKind.Zero:
                findings.Add(RuleCatalog.Placeholder, location, $"{at}{read.Shown}，已按 0 导入",
                    "原文以空白或占位符表示 0，请核对", spec.DisplayName, read.RowLabel, read.ColumnLabel);
                break;
            case CellReadKind.Invalid:
                findings.Add(RuleCatalog.NotANumber, location, $"{at}：{read.Problem}，未导入",
                    "请核对原文，导入后在 CSV 中填写该数字", spec.DisplayName, read.RowLabel, read.ColumnLabel);
                break;
        }
    }

    public void Unplaced(SourceLocation location, string what, string hint) =>
        findings.Add(RuleCatalog.ImportUnplaced, location, $"{document.Where(location)}：{what}", hint, spec.DisplayName);

    public void Artefact(SourceLocation location, string what) =>
        findings.Add(RuleCatalog.ImportArtefact, location, $"{document.Where(location)}：{what}",
            "这是 PDF 转文本等转换留下的残留，不是官方表格的内容", spec.DisplayName);

    /// <summary>The figures read; every cell still missing is reported once per row, then absent totals are computed.</summary>
    public TableData Finish(SourceLocation? tableLocation)
    {
        foreach (var row in spec.Rows)
        {
            var missing = row.Columns.Select(c => new CellRef(row.Key, c))
                .Where(c => !cells.ContainsKey(c) && !(spec.IsComputable(c) && rowsSeen.ContainsKey(row.Key)))
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            var location = rowsSeen.GetValueOrDefault(row.Key) ?? tableLocation;
            var labels = string.Join("、", missing.Select(c => spec.Layout == TableLayout.Flat ? spec.CellColumnLabel(c) : spec.Column(c.Column).Label));
            var subject = spec.Layout == TableLayout.Flat ? $"{spec.Number}缺少“{labels}”的数字" : $"{spec.Number}“{row.Label}”行缺少数字：{labels}";
            findings.Add(RuleCatalog.ImportMissingData, location, location is null ? subject : $"{document.Where(location)}：{subject}",
                "原文中没有找到这些数字；导入后请在 CSV 中按原文填写，不要臆造", spec.DisplayName, spec.CellRowLabel(missing[0]));
        }
        return new TableData(spec, cells.ToImmutable()).WithComputedTotals();
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
