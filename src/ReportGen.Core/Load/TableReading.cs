using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>
/// The bookkeeping every table loader shares: matching labels to the format, storing figures with
/// their location, and the structural findings (unknown, duplicated or missing rows and columns).
/// </summary>
internal sealed class TableReading(TableSpec spec, string file)
{
    // Every line of every report is matched against the same rows, so their candidate set is built once per format.
    private static readonly ConditionalWeakTable<TableSpec, LabelCandidates<RowSpec>> RowCandidateSets = new();

    private readonly CellStore.Builder cells = new(CellLayout.Of(spec));
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly Dictionary<string, int> rowLines = [];

    public TableSpec Spec => spec;

    public string File => file;

    public static IReadOnlyList<LabelCandidate<RowSpec>> RowCandidates(TableSpec spec) =>
        RowCandidateSets.GetValue(spec, static s => new([.. s.Rows.Select(r => new LabelCandidate<RowSpec>(r, r.Label, [r.Key]))]));

    public void Report(RuleSpec rule, int line, int column, string message, string hint, string? row = null, string? col = null) =>
        diagnostics.Add(new Diagnostic(rule, new SourceLocation(file, line, column), message, hint)
        {
            Table = spec.DisplayName,
            Row = row,
            Column = col,
        });

    /// <summary>Finds the official row a label names; reports near misses, unknown labels and duplicates.</summary>
    public RowSpec? MatchRow(string label, int line, int column)
    {
        var match = LabelMatcher.Match(label, RowCandidates(spec));
        if (match.Item is null)
        {
            Report(RuleCatalog.UnknownRow, line, column, $"{spec.Number}中无法识别的行“{label}”",
                match.Suggestion is { } s ? $"您是否指“{s}”？请使用官方表格中的行标签" : "请使用官方表格中的行标签或其英文键（见 README）",
                label);
            return null;
        }
        WarnNearMiss(match, label, line, column, match.Item.Label, null);
        if (rowLines.TryGetValue(match.Item.Key, out var first))
        {
            Report(RuleCatalog.DuplicateRow, line, column, $"{spec.Number}的行“{match.Item.Label}”重复出现（第 {first} 行已有）",
                "请删除重复的行，每一行只保留一次", match.Item.Label);
            return null;
        }
        rowLines[match.Item.Key] = line;
        return match.Item;
    }

    public void WarnNearMiss<T>(LabelMatch<T> match, string label, int line, int column, string? row, string? col)
        where T : class
    {
        if (match.Quality is LabelMatchQuality.Normalised or LabelMatchQuality.Typo)
        {
            Report(RuleCatalog.NearMissLabel, line, column, $"标签“{label}”与官方写法不一致，已按“{match.Suggestion}”读取",
                $"请改为官方写法“{match.Suggestion}”", row, col);
        }
    }

    /// <summary>Stores one figure; blank placeholders read as 0, except in a total, which is then computed.</summary>
    public void SetCell(CellRef cell, string text, int line, int column)
    {
        // Nearly every cell is a plain count; it reads the same as through CellReading, without building its messages.
        if (CellTextParser.TryParseDigits(text, out var figure))
        {
            cells.Set(cell, new CellValue(figure, CellOrigin.Read, file, line, column));
            return;
        }
        var read = CellReading.Of(spec, cell, text, new SourceLocation(file, line, column));
        if (read.Value is { } value)
        {
            cells.Set(cell, value);
        }
        switch (read.Kind)
        {
            case CellReadKind.ComputedTotal:
                Report(RuleCatalog.Placeholder, line, column, $"{spec.Number}{read.Where}{read.Shown}，已按分项之和计算",
                    "如为0请填写0；总计可以留空由工具计算", read.RowLabel, read.ColumnLabel);
                break;
            case CellReadKind.Zero:
                Report(RuleCatalog.Placeholder, line, column, $"{spec.Number}{read.Where}{read.Shown}，已按 0 处理",
                    "没有的请填写 0", read.RowLabel, read.ColumnLabel);
                break;
            case CellReadKind.Invalid:
                Report(RuleCatalog.NotANumber, line, column, $"{spec.Number}{read.Where}：{read.Problem}", read.Hint!, read.RowLabel, read.ColumnLabel);
                break;
        }
    }

    /// <summary>A non-empty cell beyond the columns the row has.</summary>
    public void CheckNoExtraCells(CsvLine line, int expected, string rowLabel)
    {
        for (var i = expected; i < line.Cells.Length; i++)
        {
            if (line.Cells[i].Length > 0)
            {
                Report(RuleCatalog.BadShape, line.Line, i + 1, $"{spec.Number}“{rowLabel}”行多出第 {i + 1} 列的内容“{line.Cells[i]}”",
                    $"该行只应有 {expected} 列，请删除多余的单元格或核对是否错列", rowLabel);
                return;
            }
        }
    }

    public LoadOutcome<TableData> Finish()
    {
        // 表四's rows are column groups: a missing one is a missing column, reported with the header.
        var rowsAreLines = spec.Layout != TableLayout.Flat;
        foreach (var row in rowsAreLines && rowLines.Count < spec.Rows.Length
            ? spec.Rows.Where(r => !rowLines.ContainsKey(r.Key) && !r.Columns.All(c => spec.IsComputable(new CellRef(r.Key, c))))
            : [])
        {
            Report(RuleCatalog.MissingRow, 0, 0, $"{spec.Number}缺少行“{row.Label}”",
                $"请补上这一行（标签“{row.Label}”，没有数据的填 0）", row.Label);
        }
        var data = new TableData(spec, cells.ToStore()).WithComputedTotals();
        return new LoadOutcome<TableData>(data, diagnostics.ToImmutable());
    }

    public LoadOutcome<TableData> Empty()
    {
        Report(RuleCatalog.BadShape, 0, 0, $"{file} 是空文件", $"请按 README 的格式填写{spec.DisplayName}，或运行 reportgen init 生成模板");
        return new LoadOutcome<TableData>(null, diagnostics.ToImmutable());
    }
}
