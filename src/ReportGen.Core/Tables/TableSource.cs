using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Tables;

/// <summary>
/// Where the cell texts of a table came from, and so how the <see cref="TableReader"/>'s findings word
/// a place and what they ask the user to do. A tally file in a report folder is the user's to fix, and
/// its place (file:line:column) is printed in front of the message; a published report is not, so its
/// findings name the place in the message ("第 12 行：") and ask for the CSV to be checked after import.
/// </summary>
internal abstract class TableSource(string file)
{
    /// <summary>The file as the user named it.</summary>
    public string File => file;

    /// <summary>The workbook sheet the texts are on (tables.xlsx), or null for a text file.</summary>
    public virtual string? Sheet => null;

    public SourceLocation At(int line, int column) => new(file, line, column) { Sheet = Sheet };

    /// <summary>The finding for a label that names no row of the table, or null to say nothing.</summary>
    public abstract Diagnostic? UnknownRow(TableSpec spec, string label, LabelMatch<RowSpec> match, SourceLocation at);

    /// <summary>The finding for a label read in spite of a difference from the official one, or null.</summary>
    public abstract Diagnostic? NearMiss<T>(TableSpec spec, LabelMatch<T> match, string label, SourceLocation at, string? row, string? column)
        where T : class;

    public abstract Diagnostic DuplicateRow(TableSpec spec, RowSpec row, SourceLocation at, SourceLocation first);

    /// <summary>The finding for a cell that is not a plain figure (a placeholder or not a number), or null.</summary>
    public abstract Diagnostic? Cell(TableSpec spec, CellReading read, SourceLocation at);

    /// <param name="seenAt">Where the row was read, or null when the source has no such row.</param>
    /// <param name="unset">The row's cells that got no figure, in the row's column order.</param>
    public abstract Diagnostic? Missing(TableSpec spec, RowSpec row, SourceLocation? seenAt, IReadOnlyList<CellRef> unset, SourceLocation? tableAt);

    protected static Diagnostic Finding(RuleSpec rule, TableSpec spec, SourceLocation? at, string message, string hint, string? row = null, string? column = null) =>
        new(rule, at, message, hint) { Table = spec.DisplayName, Row = row, Column = column };
}

/// <summary>A tally file of a report folder (a CSV, or a sheet of tables.xlsx): the user corrects the file itself.</summary>
internal class TallyFileSource(string file) : TableSource(file)
{
    public override Diagnostic UnknownRow(TableSpec spec, string label, LabelMatch<RowSpec> match, SourceLocation at) =>
        Finding(RuleCatalog.UnknownRow, spec, at, $"{spec.Number}中无法识别的行“{label}”",
            match.Suggestion is { } s ? $"您是否指“{s}”？请使用官方表格中的行标签" : "请使用官方表格中的行标签或其英文键（见 README）", label);

    public override Diagnostic? NearMiss<T>(TableSpec spec, LabelMatch<T> match, string label, SourceLocation at, string? row, string? column) =>
        match.Quality is LabelMatchQuality.Normalised or LabelMatchQuality.Typo
            ? Finding(RuleCatalog.NearMissLabel, spec, at, $"标签“{label}”与官方写法不一致，已按“{match.Suggestion}”读取",
                $"请改为官方写法“{match.Suggestion}”", row, column)
            : null;

    public override Diagnostic DuplicateRow(TableSpec spec, RowSpec row, SourceLocation at, SourceLocation first) =>
        Finding(RuleCatalog.DuplicateRow, spec, at, $"{spec.Number}的行“{row.Label}”重复出现（第 {first.Line} 行已有）",
            "请删除重复的行，每一行只保留一次", row.Label);

    public override Diagnostic? Cell(TableSpec spec, CellReading read, SourceLocation at) => read.Kind switch
    {
        CellReadKind.ComputedTotal => Finding(RuleCatalog.Placeholder, spec, at, $"{spec.Number}{read.Where}{read.Shown}，已按分项之和计算",
            "如为0请填写0；总计可以留空由工具计算", read.RowLabel, read.ColumnLabel),
        CellReadKind.Zero => Finding(RuleCatalog.Placeholder, spec, at, $"{spec.Number}{read.Where}{read.Shown}，已按 0 处理",
            "没有的请填写 0", read.RowLabel, read.ColumnLabel),
        CellReadKind.Invalid => Finding(RuleCatalog.NotANumber, spec, at, $"{spec.Number}{read.Where}：{read.Problem}", read.Hint!,
            read.RowLabel, read.ColumnLabel) with { CellText = read.Text },
        _ => null,
    };

    /// <summary>
    /// A row the file leaves out, unless all its cells are totals (computed). 表四's rows are column
    /// groups, so a missing one is a missing column, reported with the header instead.
    /// </summary>
    public override Diagnostic? Missing(TableSpec spec, RowSpec row, SourceLocation? seenAt, IReadOnlyList<CellRef> unset, SourceLocation? tableAt) =>
        spec.Layout == TableLayout.Flat || seenAt is not null || row.Columns.All(c => spec.IsComputable(new CellRef(row.Key, c)))
            ? null
            : Finding(RuleCatalog.MissingRow, spec, At(0, 0), $"{spec.Number}缺少行“{row.Label}”",
                $"请补上这一行（标签“{row.Label}”，没有数据的填 0）", row.Label);
}

/// <summary>
/// A published report (.docx, text from a PDF or a web page) being imported: nothing in it is the user's
/// to fix, so findings say what was taken and ask for the CSV to be checked against the original.
/// </summary>
/// <param name="unit">What a location's line counts: "行" for text, "段" (paragraphs) for .docx.</param>
internal sealed class PublishedReportSource(string file, string unit) : TableSource(file)
{
    /// <summary>"第 12 行" / "第 12 段": how messages point into the source.</summary>
    public string Where(SourceLocation location) => $"第 {location.Line} {unit}";

    public override Diagnostic UnknownRow(TableSpec spec, string label, LabelMatch<RowSpec> match, SourceLocation at) =>
        Finding(RuleCatalog.ImportUnplaced, spec, at, $"{Where(at)}：{spec.Number}中无法识别的行“{label}”，其数字未导入",
            match.Suggestion is { } s ? $"您是否指“{s}”？请核对原文" : "请核对原文，按官方表格的行填写");

    /// <remarks>Spacing alone is not reported: PDF-to-text inserts spaces where the printed report has none.</remarks>
    public override Diagnostic? NearMiss<T>(TableSpec spec, LabelMatch<T> match, string label, SourceLocation at, string? row, string? column)
    {
        if (match.Quality is LabelMatchQuality.Exact or LabelMatchQuality.None || WithoutSpaces(label) == WithoutSpaces(match.Suggestion ?? string.Empty))
        {
            return null;
        }
        var kind = match.Quality == LabelMatchQuality.Typo ? "有错字" : "写法不同（括号、编号或标点）";
        return Finding(RuleCatalog.NearMissLabel, spec, at,
            $"{Where(at)}：{spec.Number}的标签“{label}”与官方标签{kind}，已按“{match.Suggestion}”读取",
            $"官方写法为“{match.Suggestion}”", row, column);
    }

    public override Diagnostic DuplicateRow(TableSpec spec, RowSpec row, SourceLocation at, SourceLocation first) =>
        Finding(RuleCatalog.DuplicateRow, spec, at,
            $"{Where(at)}：{spec.Number}的行“{row.Label}”重复出现（{Where(first)}已有），这一行的数字未导入",
            "请核对原文，删除重复的行", row.Label);

    public override Diagnostic? Cell(TableSpec spec, CellReading read, SourceLocation at)
    {
        var prefix = $"{Where(at)}：{spec.Number}{read.Where}";
        return read.Kind switch
        {
            CellReadKind.ComputedTotal => Finding(RuleCatalog.Placeholder, spec, at, $"{prefix}{read.Shown}，已按分项之和计算",
                "原文的总计未填写，请核对计算结果", read.RowLabel, read.ColumnLabel),
            CellReadKind.Zero => Finding(RuleCatalog.Placeholder, spec, at, $"{prefix}{read.Shown}，已按 0 导入",
                "原文以空白或占位符表示 0，请核对", read.RowLabel, read.ColumnLabel),
            CellReadKind.Invalid => Finding(RuleCatalog.NotANumber, spec, at, $"{prefix}：{read.Problem}，未导入",
                "请核对原文，导入后在 CSV 中填写该数字", read.RowLabel, read.ColumnLabel),
            _ => null,
        };
    }

    /// <summary>Every cell without a figure, once per row; a total of a row that was read is computed instead.</summary>
    public override Diagnostic? Missing(TableSpec spec, RowSpec row, SourceLocation? seenAt, IReadOnlyList<CellRef> unset, SourceLocation? tableAt)
    {
        var missing = unset.Where(c => !(seenAt is not null && spec.IsComputable(c))).ToList();
        if (missing.Count == 0)
        {
            return null;
        }
        var at = seenAt ?? tableAt;
        var labels = string.Join("、", missing.Select(c => spec.Layout == TableLayout.Flat ? spec.CellColumnLabel(c) : spec.Column(c.Column).Label));
        var subject = spec.Layout == TableLayout.Flat ? $"{spec.Number}缺少“{labels}”的数字" : $"{spec.Number}“{row.Label}”行缺少数字：{labels}";
        return Finding(RuleCatalog.ImportMissingData, spec, at, at is null ? subject : $"{Where(at)}：{subject}",
            "原文中没有找到这些数字；导入后请在 CSV 中按原文填写，不要臆造", spec.CellRowLabel(missing[0]));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>
/// A sheet of a report folder's workbook (tables.xlsx): worded as a tally file, placed as "tables.xlsx 表三!D7".
/// Line and column are the sheet's row and column numbers.
/// </summary>
internal sealed class WorkbookSheetSource(string file, string sheet) : TallyFileSource(file)
{
    public override string? Sheet => sheet;
}
