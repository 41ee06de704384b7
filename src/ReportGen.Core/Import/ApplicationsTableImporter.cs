using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>The figures of a one-row 2019 "（六）其他处理", which the 2021 format splits into three rows.</summary>
internal sealed record OneRowOtherProcessing(SourceLocation Location, IReadOnlyList<string> Values);

internal sealed record ApplicationsImportResult(TableData Table, OneRowOtherProcessing? OneRowOther);

/// <summary>
/// Reads 表三: header rows name the seven applicant columns, then each row's label (the last label cell;
/// the cells before it are the merged group labels) and its seven figures, which stand at the right end.
/// A label wrapped onto the next line is joined; a merged group label with figures (the seed's "三、"
/// line) is a conversion artefact and is reported, not read.
/// </summary>
internal sealed class ApplicationsTableImporter
{
    private sealed record Item(TableRowParts? Parts, string Text, SourceLocation Location)
    {
        public bool IsFragment => Parts is null;
    }

    public ApplicationsImportResult Import(IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings)
    {
        var spec = StatutoryFormat.Applications;
        var import = new TableImport(spec, document, findings);
        var width = spec.Columns.Length;
        var items = region.Select(b => b switch
        {
            SourceTableRow r => new Item(TableRowParts.Of(r.Row), string.Empty, r.Location),
            SourceParagraph p => new Item(null, p.Text, p.Location),
            _ => null,
        }).OfType<Item>().ToList();

        var headerCount = items.TakeWhile(i => i.Parts is { HasFigure: false } && !IsRowLabel(import, i.Parts.Label)).Count();
        var columns = MapColumns(import, [.. items.Take(headerCount).Select(i => i.Parts!.Row)], (region.Count > 0 ? region[0].Location : null));

        var groups = spec.Rows.SelectMany(r => r.Groups).Distinct().ToList();
        var pending = new List<Item>();
        var used = new HashSet<Item>();
        var warnedGroups = new HashSet<string>(StringComparer.Ordinal);
        OneRowOtherProcessing? otherGroupFigures = null;

        for (var index = headerCount; index < items.Count; index++)
        {
            var item = items[index];
            var parts = item.Parts;
            if (parts?.Label is null)
            {
                if (parts is { HasFigure: true })
                {
                    import.Unplaced(item.Location, $"{spec.Number}中一行只有数字、没有行标签，未导入", "请核对原文，将数字填入对应的行");
                }
                else if (item.IsFragment)
                {
                    pending.Add(item);
                }
                continue;
            }
            foreach (var context in parts.Labels.Take(parts.Labels.Count - 1))
            {
                var groupMatch = LabelMatcher.Match(context, [.. groups.Select(g => new LabelCandidate<string>(g, g, []))]);
                if (groupMatch.Item is not null && warnedGroups.Add(context))
                {
                    import.Reader.WarnNearMiss(groupMatch, context, item.Location, groupMatch.Item, null);
                }
                else if (Group(groups, context) is null && IsPieceOfGroup(groups, context))
                {
                    import.Artefact(item.Location, $"合并单元格“{Whole(groups, context)}”被拆成了“{context}”，已忽略");
                }
            }

            var label = parts.Label;
            var match = import.Reader.MatchRow(label);
            if (match.Quality is not (LabelMatchQuality.Exact or LabelMatchQuality.Normalised) && Group(groups, label) is { } group)
            {
                if (!parts.HasFigure)
                {
                    continue;
                }
                if (LabelMatcher.Normalise(group) == LabelMatcher.Normalise(StatutoryFormat.Trial2019.OneRowGroup))
                {
                    otherGroupFigures = new OneRowOtherProcessing(item.Location, parts.Exactly(width) ?? parts.Values);
                }
                else
                {
                    import.Artefact(item.Location, $"合并单元格“{group}”所在的行带有数字（{string.Join(" ", parts.Values.Where(v => v.Length > 0))}），官方表格中该格没有数字，已忽略");
                }
                continue;
            }
            if (!parts.HasFigure && match.Item is null)
            {
                pending.Add(item with { Parts = null, Text = string.Concat(parts.Labels) });
                continue;
            }

            // A label wrapped onto two lines: try it with the fragment before it, then with the line after it.
            if (match.Quality is not (LabelMatchQuality.Exact or LabelMatchQuality.Normalised))
            {
                if (pending.Count > 0 && Better(import, string.Concat(pending.Select(p => p.Text)) + label, match) is { } before)
                {
                    import.Artefact(item.Location, $"行标签被分成了多行，已合并为“{before.Item!.Label}”");
                    used.UnionWith(pending);
                    (match, label) = (before, string.Concat(pending.Select(p => p.Text)) + label);
                }
                else if (index + 1 < items.Count && FragmentText(import, items[index + 1]) is { } next
                    && Better(import, label + next, match) is { } after)
                {
                    import.Artefact(items[index + 1].Location, $"行标签被分成了多行，已合并为“{after.Item!.Label}”");
                    index++;
                    (match, label) = (after, label + next);
                }
            }
            pending.RemoveAll(used.Contains);
            if (match.Item is not { } row)
            {
                import.Reader.UnknownRow(label, match, item.Location);
                continue;
            }
            import.Reader.WarnNearMiss(match, label, item.Location, row.Label, null);
            if (parts.Exactly(width) is not { } values)
            {
                import.Unplaced(item.Location,
                    $"{spec.Number}“{row.Label}”行应有 {width} 个数字，这一行有 {parts.Values.Count(v => v.Length > 0)} 个，无法确定各自的列，未导入",
                    "请核对原文，导入后在 CSV 中填写该行");
                continue;
            }
            if (!import.Reader.Claim(row, item.Location))
            {
                continue;
            }
            for (var p = 0; p < width; p++)
            {
                import.Reader.SetCell(new CellRef(row.Key, columns[p].Key), values[p], item.Location);
            }
        }

        foreach (var fragment in pending.Where(p => !used.Contains(p)))
        {
            findings.Add(RuleCatalog.ImportStrayText, fragment.Location,
                $"{document.Where(fragment.Location)}：{spec.Number}中的文字“{fragment.Text}”无法对应到表格的行或说明文字，未导入",
                "请核对原文是否有遗漏", spec.DisplayName);
        }
        OneRowOtherProcessing? oneRow = null;
        if (otherGroupFigures is not null)
        {
            if (spec.Rows.Where(r => r.Groups.Contains(StatutoryFormat.Trial2019.OneRowGroup)).Any(r => import.Reader.Seen(r.Key)))
            {
                import.Artefact(otherGroupFigures.Location, $"“{StatutoryFormat.Trial2019.OneRowGroup}”的小计行已忽略，数字取自其下的三行");
            }
            else
            {
                oneRow = otherGroupFigures;
            }
        }
        return new ApplicationsImportResult(import.Reader.Finish((region.Count > 0 ? region[0].Location : null)), oneRow);
    }

    private static bool IsRowLabel(TableImport import, string? label) =>
        label is not null && import.Reader.MatchRow(label).Quality is LabelMatchQuality.Exact or LabelMatchQuality.Normalised;

    /// <summary>The columns of the seven figures, from the header; the official order when the header cannot be read.</summary>
    private static List<ColumnSpec> MapColumns(TableImport import, List<SourceRow> header, SourceLocation? tableLocation)
    {
        var spec = import.Spec;
        var official = spec.Columns.ToList();
        var leaves = HeaderPaths.Compose([.. header.Select(r => r.Texts)], official.Count, alignRight: true)
            .Select(parts => parts.LastOrDefault() ?? string.Empty).ToList();
        var matches = leaves.Select(l => LabelMatcher.Match(l, spec.ColumnCandidates)).ToList();
        if (matches.All(m => m.Item is not null) && matches.Select(m => m.Item).Distinct().Count() == official.Count)
        {
            var location = header[^1].Location;
            for (var p = 0; p < leaves.Count; p++)
            {
                import.Reader.WarnNearMiss(matches[p], leaves[p], location, null, matches[p].Item!.Label);
            }
            return [.. matches.Select(m => m.Item!)];
        }
        var at = header.Count > 0 ? header[0].Location : tableLocation;
        import.Findings.Add(RuleCatalog.ImportHeaderGuessed, at,
            $"{(at is null ? string.Empty : import.Document.Where(at) + "：")}{spec.Number}的表头无法识别（{string.Join("、", leaves.Where(l => l.Length > 0))}），按官方列序（{string.Join("、", official.Select(c => c.Label))}）读取",
            "请核对导入的各列数字是否与原文一致", spec.DisplayName);
        return official;
    }

    private static string? Group(List<string> groups, string label)
    {
        var normalised = LabelMatcher.Normalise(label);
        var byMark = groups.FirstOrDefault(g => LabelMatcher.Normalise(Mark(g)) == normalised);
        if (byMark is not null)
        {
            return byMark;
        }
        var match = LabelMatcher.Match(label, [.. groups.Select(g => new LabelCandidate<string>(g, g, []))]);
        return match.Item;
    }

    /// <summary>"三、" of "三、本年度办理结果", "（三）" of "（三）不予公开".</summary>
    private static string Mark(string group)
    {
        var end = group.IndexOfAny(['、', '）']);
        return end < 0 ? group : group[..(end + 1)];
    }

    private static bool IsPieceOfGroup(List<string> groups, string text)
    {
        var normalised = LabelMatcher.Normalise(text);
        return normalised.Length >= 2 && groups.Any(g => LabelMatcher.Normalise(g).Contains(normalised, StringComparison.Ordinal));
    }

    private static string Whole(List<string> groups, string text) =>
        groups.First(g => LabelMatcher.Normalise(g).Contains(LabelMatcher.Normalise(text), StringComparison.Ordinal));

    private static string? FragmentText(TableImport import, Item item) => item switch
    {
        { IsFragment: true } => item.Text,
        { Parts: { HasFigure: false, Label: { } l } } when import.Reader.MatchRow(l).Item is null => string.Concat(item.Parts.Labels),
        _ => null,
    };

    private static LabelMatch<RowSpec>? Better(TableImport import, string combined, LabelMatch<RowSpec> current)
    {
        var match = import.Reader.MatchRow(combined);
        var exact = match.Quality is LabelMatchQuality.Exact or LabelMatchQuality.Normalised;
        return (exact && current.Quality != match.Quality) || (match.Item is not null && current.Item is null) ? match : null;
    }
}
