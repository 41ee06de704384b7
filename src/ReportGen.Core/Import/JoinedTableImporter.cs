using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>
/// Reads a statutory table that a crawler or a copy from a web page flattened into running text with
/// its cells joined ("规章000行政规范性文件8855698…", "一、本年新收政府信息公开申请数量713000074二、…"):
/// the official row labels cut the text into rows, and <see cref="JoinedFigures"/> cuts each row's run
/// of digits into cells where the format's sums (or the report's own narrative) prove the cut.
/// A table that cannot be cut unambiguously is refused as a whole, in one finding: nothing is guessed.
/// </summary>
internal sealed partial class JoinedTableImporter
{
    /// <summary>Fewer official row labels than this in a paragraph: it is prose that names a row, not a table.</summary>
    private const int MinimumLabels = 2;

    /// <summary>Whether <paramref name="text"/> holds the table flattened into one paragraph.</summary>
    public static bool Holds(TableSpec spec, string text) => spec.Layout == TableLayout.Flat
        ? spec.Columns.Count(c => Pattern(c.Label).IsMatch(text)) == spec.Columns.Length && FlatRun(spec, text) is not null
        : spec.Rows.Count(r => Pattern(r.Label).IsMatch(text)) >= MinimumLabels && !IsTrialEdition(text);

    /// <summary>The table read from <paramref name="table"/>; <paramref name="narrative"/> may state figures that decide a cut.</summary>
    public TableData Import(TableSpec spec, SourceParagraph table, IReadOnlyList<string> narrative, SourceDocument document, ImportFindings findings)
    {
        var import = new TableImport(spec, document, findings);
        var at = table.Location;
        var lines = Lines(spec, table.Text);
        var split = JoinedFigures.Split(spec, [.. lines.Select(l => l.Line)], Pins(spec, narrative));
        if (!split.Solved)
        {
            var unsure = split.Lines.Where(l => l.Values is null).ToList();
            var rows = string.Join("、", unsure.Take(3).Select(l => $"{Name(spec, l.Line)}（“{l.Line.Run}”，{(l.Ways == 0 ? "没有符合求和关系的拆法" : $"有 {l.Ways.ToString(CultureInfo.InvariantCulture)} 种拆法")}）"));
            findings.Add(RuleCatalog.ImportUnplaced, at,
                $"{document.Where(at)}：{spec.Number}各格的数字在原文中连在一起，其中{rows}{(unsure.Count > 3 ? $"等 {unsure.Count} 行" : string.Empty)}无法由表格的求和关系或正文唯一确定各格数字；为不臆造数字，整张{spec.Number}未导入",
                "请取得原始网页、PDF 或 Word 原件重新导入，或导入后在 CSV 中按原文填写该表", spec.DisplayName);
            return TableData.Of(spec, []);
        }
        foreach (var (line, cut) in lines.Zip(split.Lines))
        {
            if (line.Row is { } row && !import.Reader.Claim(row, at))
            {
                continue;
            }
            if (line.Row is null)
            {
                foreach (var r in spec.Rows)
                {
                    import.Reader.Claim(r, at);
                }
            }
            for (var i = 0; i < cut.Values!.Value.Length; i++)
            {
                import.Reader.SetCell(line.Line.Cells[i], cut.Values.Value[i], at);
            }
        }
        if (split.Recovered)
        {
            Warn(spec, split, document, findings, at);
        }
        return import.Reader.Finish(at);
    }

    private sealed record Located(RowSpec? Row, JoinedLine Line);

    private static void Warn(TableSpec spec, JoinedTableSplit split, SourceDocument document, ImportFindings findings, SourceLocation at)
    {
        var cut = split.Lines.Where(l => l.Cut != JoinedCut.Separated).ToList();
        var example = cut[0];
        var how = new List<string>();
        if (cut.Any(l => l.Cut == JoinedCut.ByLineSums))
        {
            how.Add(spec.Sums.Length > 0 ? "每行的求和关系（总计等于各项之和）与“不以 0 开头”只允许一种拆法" : "每格数字不以 0 开头，只有一种拆法");
        }
        if (cut.Any(l => l.Cut == JoinedCut.ByTableSums))
        {
            how.Add("各列的合计关系只允许一种组合");
        }
        foreach (var pinned in cut.Where(l => l.Cut == JoinedCut.ByNarrative))
        {
            how.Add($"{Name(spec, pinned.Line)}“{pinned.Line.Run}”单凭表格有 {pinned.Ways} 种拆法，正文{string.Join("、", pinned.Pins.Select(p => $"“{p.Evidence}”"))}确定为 {string.Join(" / ", pinned.Values!)}");
        }
        findings.Add(RuleCatalog.ImportJoinedCells, at,
            $"{document.Where(at)}：{spec.Number}各格的数字在原文中连在一起（如{Name(spec, example.Line)}“{example.Line.Run}”→ {string.Join(" ", example.Values!)}），共 {cut.Count} 行已拆分：{string.Join("；", how)}",
            "请对照原始网页或原件核对导入的数字", spec.DisplayName);
    }

    private static string Name(TableSpec spec, JoinedLine line) =>
        spec.Layout == TableLayout.Flat ? string.Empty : $"“{spec.Row(line.Cells[0].Row).Label}”行";

    /// <summary>The table's lines: for 表二 and 表三 the run after each official row label, for 表四 the one run after its header.</summary>
    private static List<Located> Lines(TableSpec spec, string text)
    {
        if (spec.Layout == TableLayout.Flat)
        {
            return FlatRun(spec, text) is { } run ? [new Located(null, new JoinedLine(spec.Cells, run))] : [];
        }
        var found = new List<(RowSpec Row, Match Match)>();
        var cursor = 0;
        foreach (var row in spec.Rows)
        {
            var match = Pattern(row.Label).Match(text, cursor);
            if (match.Success)
            {
                found.Add((row, match));
                cursor = match.Index + match.Length;
            }
        }
        var lines = new List<Located>();
        for (var i = 0; i < found.Count; i++)
        {
            var start = found[i].Match.Index + found[i].Match.Length;
            var end = i + 1 < found.Count ? found[i + 1].Match.Index : text.Length;
            var run = LeadingRun().Match(text, start, end - start);
            if (run.Success)
            {
                var row = found[i].Row;
                lines.Add(new Located(row, new JoinedLine([.. row.Columns.Select(c => new CellRef(row.Key, c))], run.Groups[1].Value.Trim())));
            }
        }
        return lines;
    }

    /// <summary>表四's figures: the run of digits after the last of its header labels.</summary>
    private static string? FlatRun(TableSpec spec, string text)
    {
        var labels = spec.Columns.Select(c => c.Label).Concat(spec.Rows.Select(r => r.Label)).Concat(spec.Rows.SelectMany(r => r.Groups));
        var last = labels.SelectMany(l => Pattern(l).Matches(text)).Select(m => m.Index + m.Length).DefaultIfEmpty(-1).Max();
        if (last < 0)
        {
            return null;
        }
        var run = LeadingRun().Match(text, last);
        return run.Success ? run.Groups[1].Value.Trim() : null;
    }

    /// <summary>A 2019 表二 column ("本年新制作数量") means other cells: its runs are not cut into 2021 cells.</summary>
    private static bool IsTrialEdition(string text) =>
        StatutoryFormat.Editions.SelectMany(e => e.Tables).SelectMany(t => t.Columns).Where(c => c.Value is null).Any(c => Pattern(c.Key).IsMatch(text));

    /// <summary>
    /// Figures the narrative states for a cell: a row's label (or an older edition's name for it) followed by a
    /// count ("现行有效行政规范性文件698件"), the cell's column being the one whose label shares the most with
    /// the words just before it ("本年度制发的…" → 本年制发件数). A mention no column claims alone decides nothing.
    /// </summary>
    private static List<FigurePin> Pins(TableSpec spec, IReadOnlyList<string> narrative)
    {
        var pins = new List<FigurePin>();
        foreach (var row in spec.Rows.Where(r => r.Columns.Length > 1))
        {
            var names = StatutoryFormat.Editions.SelectMany(e => e.For(spec).Rows.Where(a => a.Value == row.Key).Select(a => a.Key)).Prepend(row.Label).Distinct();
            foreach (var text in narrative)
            {
                foreach (var name in names)
                {
                    foreach (Match m in Mention(name).Matches(text))
                    {
                        var context = Clause(text, m.Index);
                        var scored = row.Columns.Select(c => (Column: c, Score: Shared(context, spec.Column(c).Label))).OrderByDescending(x => x.Score).ToList();
                        if (scored[0].Score > 0 && scored[0].Score > scored[1].Score
                            && decimal.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                        {
                            pins.Add(new FigurePin(new CellRef(row.Key, scored[0].Column), value, context + m.Value));
                        }
                    }
                }
            }
        }
        // A cell two mentions give different figures is decided by neither.
        return [.. pins.GroupBy(p => p.Cell).Where(g => g.Select(p => p.Value).Distinct().Count() == 1).Select(g => g.First())];
    }

    /// <summary>The words of the clause before a mention (back to the last punctuation), at most eight characters.</summary>
    private static string Clause(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < 8 && !char.IsPunctuation(text[start - 1]) && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        return text[start..index];
    }

    /// <summary>How many two-character pieces the words share with a column label.</summary>
    private static int Shared(string words, string label)
    {
        var pieces = Enumerable.Range(0, Math.Max(0, label.Length - 1)).Select(i => label.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => words.Substring(i, 2)).Distinct().Count(pieces.Contains);
    }

    private static Regex Mention(string name) => new(Pattern(name) + @"(?:共|为|达)?(\d+)\s*(?:件|个|项|条)", RegexOptions.CultureInvariant);

    /// <summary>A label as text may spell it: spaces anywhere, full- or half-width brackets and numbering marks.</summary>
    private static Regex Pattern(string label) => new(PatternText(label), RegexOptions.CultureInvariant);

    private static string PatternText(string label)
    {
        var sb = new StringBuilder();
        foreach (var ch in label.Where(c => !char.IsWhiteSpace(c)))
        {
            if (sb.Length > 0)
            {
                sb.Append(@"\s*");
            }
            sb.Append(ch switch
            {
                '（' or '(' => "[（(]",
                '）' or ')' => "[）)]",
                '.' or '．' or '、' => "[.．、]",
                '“' or '”' or '"' => "[“”\"]",
                '，' or ',' => "[，,]",
                _ => Regex.Escape(ch.ToString()),
            });
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\G\s*([\d.](?:[\d.\s]*[\d.])?)")]
    private static partial Regex LeadingRun();
}
