using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>Collects the findings of one import, in the order they were made.</summary>
internal sealed class ImportFindings
{
    private readonly ImmutableArray<Diagnostic>.Builder items = ImmutableArray.CreateBuilder<Diagnostic>();

    public void Add(RuleSpec rule, SourceLocation? location, string message, string hint,
        string? table = null, string? row = null, string? column = null) =>
        items.Add(new Diagnostic(rule, location, message, hint) { Table = table, Row = row, Column = column });

    public void Add(Diagnostic finding) => items.Add(finding);

    /// <summary>Text that belongs to no part of the report (before the title, between a table's rows): said, not imported.</summary>
    public void AddStray(SourceDocument document, SourceLocation location, string text)
    {
        var shown = text.Length > 30 ? text[..30] + "…" : text;
        Add(RuleCatalog.ImportStrayText, location, $"{document.Where(location)}：文字“{shown}”不属于标题、开篇段落或任何部分，未导入",
            "请核对原文；如属正文，请在导入后补入相应的说明文字");
    }

    public bool Any(RuleSpec rule) => items.Any(d => d.Rule == rule);

    public void RemoveAll(Predicate<Diagnostic> match) => items.RemoveAll(match);

    /// <summary>Above a row's worth of blank cells of one kind in a table, they are said once, by column.</summary>
    private const int BlankCellsShownOneByOne = 7;

    /// <summary>
    /// Blank cells of a published table (zeros printed as nothing, a 总计 column left empty) said once per
    /// table and kind, naming each column with its rows: a page of the same warning hides the findings that matter.
    /// </summary>
    public void CombineBlankCells()
    {
        var blanks = items.Where(d => d.Rule == RuleCatalog.Placeholder && d.Table is not null && d.Column is not null).ToList();
        foreach (var group in blanks.GroupBy(d => (d.Table, Computed: d.Hint.Contains("总计", StringComparison.Ordinal))))
        {
            var list = group.ToList();
            if (list.Count <= BlankCellsShownOneByOne)
            {
                continue;
            }
            var first = list[0];
            var computed = group.Key.Computed;
            var byColumn = list.GroupBy(d => d.Column!).Select(c =>
            {
                var rows = c.Select(d => d.Row).OfType<string>().Where(r => r.Length > 0).Distinct().ToList();
                var named = computed || rows.Count <= 3 ? string.Join("、", rows.Select(r => $"“{r}”")) : $"{rows.Count} 行";
                return rows.Count == 0 ? $"“{c.Key}”" : $"“{c.Key}”列 {named}";
            });
            var where = first.Message.IndexOf('：') is var colon and > 0 ? first.Message[..(colon + 1)] : string.Empty;
            var number = first.Table![..2];
            var message = computed
                ? $"{where}{number}有 {list.Count} 个总计格为空白，已按分项之和计算：{string.Join("；", byColumn)}"
                : $"{where}{number}有 {list.Count} 个单元格为空白或占位符，已按 0 导入：{string.Join("；", byColumn)}";
            var index = items.IndexOf(first);
            items.RemoveAll(list.Contains);
            items.Insert(Math.Min(index, items.Count), new Diagnostic(RuleCatalog.Placeholder, first.Location, message, first.Hint)
            {
                Table = first.Table,
                Row = first.Row,
                Column = first.Column,
            });
        }
    }

    /// <summary>In source order, so a person can work down the list next to the document.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. items.Select((d, i) => (d, i)).OrderBy(x => x.d.Location?.Line ?? 0).ThenBy(x => x.i).Select(x => x.d)];
}
