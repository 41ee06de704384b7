using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// Reads a table of blocks (<see cref="TableLayout.Blocks"/>: 表二) row by row: a block line ("第二十条第（一）项")
/// opens a block, its header line ("信息内容…") names the columns, then each row's figures are placed by those
/// column labels. The blocks, columns and rows the 2019 trial edition printed for the table
/// (<see cref="EditionTable"/>) are recognised and reported; only what still means the same in 2021 is read.
/// </summary>
internal sealed class BlocksTableImporter : ITableImporter
{
    private abstract record HeaderColumn;

    private sealed record CurrentColumn(ColumnSpec Column) : HeaderColumn;

    private sealed record TrialColumn(string Label, string? Maps) : HeaderColumn;

    private sealed record BlankColumn : HeaderColumn;

    private sealed record UnknownColumn(string Label) : HeaderColumn;

    public TableImportResult Import(TableSpec spec, IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings)
    {
        var rows = RegionRows.Of(region, document, findings);
        var edition = StatutoryFormat.Trial2019.For(spec);
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
            if (FormatEdition.Find(edition.Blocks.Keys, first) is { } trialBlock)
            {
                Trial(row.Location, $"的“{trialBlock}”（{edition.Blocks[trialBlock]}）");
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
                header = [.. row.Cells.Skip(labelAt + 1).Where(c => !c.Covered).Select(c => Column(c.Text, import, edition, row.Location))];
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
            var trialRow = FormatEdition.Find(edition.Rows.Keys, label);
            if (trialRow is not null)
            {
                target = edition.Rows[trialRow] is { } key ? spec.Row(key) : null;
                if (target is null)
                {
                    trialEvidence ??= row.Location;
                    Trial(row.Location, $"的“{trialRow}”行（{string.Join(" ", parts.Values.Where(v => v.Length > 0))}）");
                    continue;
                }
                // "规范性文件" (表二) is the 2019 name and a common shortening in 2021 reports: read, and said.
                if (import.Reader.MatchRow(label) is { Item: { } named } shortened && named == target)
                {
                    import.Reader.WarnNearMiss(shortened, label, row.Location, target.Label, null);
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
                + $"只导入了两者含义相同的“{string.Join("”“", edition.SameColumns)}”，其余未导入：{string.Join("；", trialDropped)}",
                edition.RefillHint, spec.DisplayName);
        }
        return new TableImportResult(import.Reader.Finish(rows.Count > 0 ? rows[0].Location : null), trialEvidence is not null, null);
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

    private static HeaderColumn Column(string text, TableImport import, EditionTable edition, SourceLocation location)
    {
        if (text.Length == 0)
        {
            return new BlankColumn();
        }
        if (FormatEdition.Find(edition.Columns.Keys, text) is { } trial)
        {
            return new TrialColumn(trial, edition.Columns[trial]);
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
