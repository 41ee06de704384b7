using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>What one table importer produced, and whether the table followed the 2019 trial format.</summary>
internal sealed record TableImportResult(TableData Table, bool Trial2019);

/// <summary>
/// Reads 表二 row by row: a block line ("第二十条第（一）项") opens a block, its "信息内容" line names the
/// columns, then each row's figures are placed by those column labels. The 2019 trial format's blocks,
/// columns and rows are recognised and reported; only 处理决定数量 still means the same in 2021.
/// </summary>
internal sealed class ActiveTableImporter
{
    private abstract record HeaderColumn;

    private sealed record CurrentColumn(ColumnSpec Column) : HeaderColumn;

    private sealed record TrialColumn(string Label, string? Maps) : HeaderColumn;

    private sealed record BlankColumn : HeaderColumn;

    private sealed record UnknownColumn(string Label) : HeaderColumn;

    public TableImportResult Import(IReadOnlyList<SourceRow> rows, SourceDocument document, ImportFindings findings)
    {
        var spec = StatutoryFormat.Active;
        var import = new TableImport(spec, document, findings);
        var blocks = spec.Rows.SelectMany(r => r.Groups).Distinct().ToList();
        List<HeaderColumn>? header = null;
        var inTrialBlock = false;
        SourceLocation? trialEvidence = null;
        var trialDropped = new List<string>();

        void Trial(SourceLocation location, string what)
        {
            trialEvidence ??= location;
            trialDropped.Add($"{document.Where(location)}{what}");
        }

        foreach (var row in rows)
        {
            var parts = TableRowParts.Of(row);
            if (parts.Label is null)
            {
                if (parts.HasFigure)
                {
                    import.Unplaced(row.Location, $"{spec.Number}中一行只有数字、没有行标签（{string.Join(" ", parts.Values)}），未导入", "请核对原文，将数字填入对应的行");
                }
                continue;
            }
            var first = parts.Labels[0];
            // The 2019 block first: "第二十条第（九）项" is one typo away from "第二十条第（一）项".
            if (FormatEdition.Find(StatutoryFormat.Trial2019.ActiveBlocks, first) is { } trialBlock)
            {
                Trial(row.Location, $"的“{trialBlock}”（政府集中采购）");
                header = [];
                inTrialBlock = true;
                continue;
            }
            if (LabelMatcher.Match(first, [.. blocks.Select(b => new LabelCandidate<string>(b, b, []))]) is { Item: { } block } blockMatch)
            {
                import.Reader.WarnNearMiss(blockMatch, first, row.Location, block, null);
                header = null;
                inTrialBlock = false;
                continue;
            }
            if (LabelMatcher.Normalise(first) == LabelMatcher.Normalise(spec.RowHeaderLabel))
            {
                var labelAt = row.Cells.ToList().FindIndex(c => c.Text.Length > 0);
                header = [.. row.Cells.Skip(labelAt + 1).Where(c => !c.Covered).Select(c => Column(c.Text, import, row.Location))];
                foreach (var trial in header.OfType<TrialColumn>().Where(t => t.Maps is null))
                {
                    Trial(row.Location, $"的“{trial.Label}”列");
                }
                continue;
            }
            if (inTrialBlock)
            {
                // The block has no 2021 counterpart: its rows ("政府集中采购 6 251000元") are reported with it.
                continue;
            }

            var label = parts.Label;
            RowSpec? target;
            var trialRow = FormatEdition.Find(StatutoryFormat.Trial2019.ActiveRows.Keys, label);
            if (trialRow is not null)
            {
                target = StatutoryFormat.Trial2019.ActiveRows[trialRow] is { } key ? spec.Row(key) : null;
                trialEvidence ??= row.Location;
                if (target is null)
                {
                    Trial(row.Location, $"的“{trialRow}”行（{string.Join(" ", parts.Values.Where(v => v.Length > 0))}）");
                    continue;
                }
            }
            else
            {
                var match = import.Reader.MatchRow(label);
                if (match.Item is null)
                {
                    import.Reader.UnknownRow(label, match, row.Location);
                    continue;
                }
                import.Reader.WarnNearMiss(match, label, row.Location, match.Item.Label, null);
                target = match.Item;
            }
            if (!import.Reader.Claim(target, row.Location))
            {
                continue;
            }
            Place(import, target, parts, header, row.Location, Trial);
        }

        if (trialEvidence is { } evidence)
        {
            findings.Add(RuleCatalog.ImportTrialFormat, evidence,
                $"{document.Where(evidence)}：{spec.Number}使用的是{StatutoryFormat.Trial2019.Name}的试行格式，而不是{StatutoryFormat.FormatName}的格式；"
                + $"只导入了两者含义相同的“处理决定数量”，其余未导入：{string.Join("；", trialDropped)}",
                "请按2021年格式补填本年制发件数、本年废止件数、现行有效件数和收费金额", spec.DisplayName);
        }
        return new TableImportResult(import.Reader.Finish(rows.Count > 0 ? rows[0].Location : null), trialEvidence is not null);
    }

    private static void Place(TableImport import, RowSpec target, TableRowParts parts, List<HeaderColumn>? header,
        SourceLocation location, Action<SourceLocation, string> trial)
    {
        var spec = import.Spec;
        for (var i = 0; i < parts.Values.Count; i++)
        {
            var value = parts.Values[i];
            var column = header is null
                ? (i < target.Columns.Length ? new CurrentColumn(spec.Column(target.Columns[i])) : new BlankColumn())
                : i < header.Count ? header[i] : new BlankColumn();
            switch (column)
            {
                case CurrentColumn c when target.Columns.Contains(c.Column.Key):
                    import.Reader.SetCell(new CellRef(target.Key, c.Column.Key), value, location);
                    break;
                case TrialColumn { Maps: { } key } when target.Columns.Contains(key):
                    import.Reader.SetCell(new CellRef(target.Key, key), value, location);
                    break;
                case TrialColumn t when value.Length > 0:
                    trial(location, $"“{target.Label}”行“{t.Label}”列的 {value}");
                    break;
                case BlankColumn or TrialColumn when value.Length == 0:
                    break;
                default:
                    if (value.Length > 0)
                    {
                        import.Unplaced(location, $"{spec.Number}“{target.Label}”行第 {i + 1} 个数字 {value} 没有对应的列，未导入",
                            "请核对原文的列是否错位");
                    }
                    break;
            }
        }
        // A header with fewer figures than the row has columns (a shortened line) leaves them to the missing-data check.
    }

    private static HeaderColumn Column(string text, TableImport import, SourceLocation location)
    {
        if (text.Length == 0)
        {
            return new BlankColumn();
        }
        if (FormatEdition.Find(StatutoryFormat.Trial2019.ActiveColumns.Keys, text) is { } trial)
        {
            return new TrialColumn(trial, StatutoryFormat.Trial2019.ActiveColumns[trial]);
        }
        var match = LabelMatcher.Match(text, import.Spec.ColumnCandidates);
        if (match.Item is null)
        {
            return new UnknownColumn(text);
        }
        import.Reader.WarnNearMiss(match, text, location, null, match.Item.Label);
        return new CurrentColumn(match.Item);
    }
}
