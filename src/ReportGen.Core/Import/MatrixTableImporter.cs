using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>
/// Reads a matrix (<see cref="TableLayout.Matrix"/>: 表三): header rows name the columns (the seven applicant
/// types), then each row's label (the last label cell; the cells before it are the merged group labels) and
/// its figures, which stand at the right end. A label wrapped onto the next line is joined; a merged group
/// label with figures (the seed's "三、" line) is a conversion artefact and is reported, not read — unless
/// it is the group an older edition printed as one row (<see cref="EditionTable.OneRowGroup"/>).
/// </summary>
internal sealed class MatrixTableImporter : ITableImporter
{
    private sealed record Item(TableRowParts? Parts, string Text, SourceLocation Location)
    {
        public bool IsFragment => Parts is null;
    }

    public TableImportResult Import(TableSpec spec, IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings)
    {
        var edition = StatutoryFormat.Trial2019.For(spec);
        var import = new TableImport(spec, document, findings);
        var width = spec.Columns.Length;
        var items = region.Select(b => b switch
        {
            SourceTableRow r => new Item(TableRowParts.Of(r.Row), string.Empty, r.Location),
            SourceParagraph p => new Item(null, p.Text, p.Location),
            _ => null,
        }).OfType<Item>().ToList();

        // The header: rows without figures before the first row label, with any loose header text between them.
        var headerCount = items.TakeWhile(i => i.IsFragment || (i.Parts is { HasFigure: false } && !IsRowLabel(import, i.Parts.Label))).Count();
        while (headerCount > 0 && items[headerCount - 1].IsFragment)
        {
            headerCount--;
        }
        var columns = MapColumns(import, [.. items.Take(headerCount).Where(i => !i.IsFragment).Select(i => i.Parts!.Row)], (region.Count > 0 ? region[0].Location : null));

        var groups = spec.Rows.SelectMany(r => r.Groups).Distinct().ToList();
        var pending = new List<Item>();
        var used = new HashSet<Item>();
        var warnedGroups = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<Placed>();
        OneRowFigures? oneRowFigures = null;

        for (var index = headerCount; index < items.Count; index++)
        {
            var item = items[index];
            var parts = item.Parts;
            if (parts?.Label is null)
            {
                if (parts is { HasFigure: true })
                {
                    sequence.Add(new Orphan(item, parts.Exactly(width)));
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
                else if (!document.FromGeometry && Group(groups, context) is null && IsPieceOfGroup(groups, context))
                {
                    // In a PDF read by position this is how a narrow merged cell wraps; in converted text, a leftover.
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
                if (edition.OneRowGroup.Length > 0 && LabelMatcher.Normalise(group) == LabelMatcher.Normalise(edition.OneRowGroup))
                {
                    oneRowFigures = new OneRowFigures(spec, item.Location, parts.Exactly(width) ?? parts.Values);
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
                    if (!document.FromGeometry)
                    {
                        import.Artefact(item.Location, $"行标签被分成了多行，已合并为“{before.Item!.Label}”");
                    }
                    used.UnionWith(pending);
                    (match, label) = (before, string.Concat(pending.Select(p => p.Text)) + label);
                }
                else if (index + 1 < items.Count && FragmentText(import, items[index + 1]) is { } next
                    && Better(import, label + next, match) is { } after)
                {
                    if (!document.FromGeometry)
                    {
                        import.Artefact(items[index + 1].Location, $"行标签被分成了多行，已合并为“{after.Item!.Label}”");
                    }
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
            sequence.Add(new Labelled(spec.Rows.IndexOf(row)));
        }

        var placed = PlaceByOrder(import, sequence, columns);
        if (placed.Count > 0)
        {
            used.UnionWith(pending.Where(p => placed.Any(r => LabelMatcher.Normalise(p.Text).Contains(LabelMatcher.Normalise(r.Label), StringComparison.Ordinal))
                || TableStructure.IsPieces(p.Text)));
        }

        foreach (var fragment in pending.Where(p => !used.Contains(p)))
        {
            findings.Add(RuleCatalog.ImportStrayText, fragment.Location,
                $"{document.Where(fragment.Location)}：{spec.Number}中的文字“{fragment.Text}”无法对应到表格的行或说明文字，未导入",
                "请核对原文是否有遗漏", spec.DisplayName);
        }
        OneRowFigures? oneRow = null;
        if (oneRowFigures is not null)
        {
            if (edition.OneRowRows.Any(r => import.Reader.Seen(r.Key)))
            {
                import.Artefact(oneRowFigures.Location, $"“{edition.OneRowGroup}”的小计行已忽略，数字取自其下的{edition.OneRowCount}行");
            }
            else
            {
                oneRow = oneRowFigures;
            }
        }
        return new TableImportResult(import.Reader.Finish((region.Count > 0 ? region[0].Location : null)), false, oneRow);
    }

    private abstract record Placed;

    /// <summary>A row read with its label, by its position in the format.</summary>
    private sealed record Labelled(int Index) : Placed;

    /// <summary>A line of figures without a label (null values: not exactly one figure per column).</summary>
    private sealed record Orphan(Item Item, IReadOnlyList<string>? Values) : Placed;

    /// <summary>
    /// Lines of figures that a converter separated from their labels ("| 0 | 0 | … |" below loose label text),
    /// in a table that otherwise keeps the official order: the lines between two labelled rows belong to the
    /// official rows between them that were not read, when they are exactly as many. Anything else is reported.
    /// </summary>
    private static List<RowSpec> PlaceByOrder(TableImport import, List<Placed> sequence, List<ColumnSpec> columns)
    {
        var spec = import.Spec;
        var placed = new List<RowSpec>();
        for (var start = 0; start < sequence.Count; start++)
        {
            if (sequence[start] is not Orphan)
            {
                continue;
            }
            var end = start;
            while (end < sequence.Count && sequence[end] is Orphan)
            {
                end++;
            }
            var run = sequence.GetRange(start, end - start).Cast<Orphan>().ToList();
            var before = sequence.Take(start).OfType<Labelled>().Select(l => l.Index).DefaultIfEmpty(-1).Last();
            var after = sequence.Skip(end).OfType<Labelled>().Select(l => l.Index).DefaultIfEmpty(spec.Rows.Length).First();
            var gap = spec.Rows.Where((r, i) => i > before && i < after && !import.Reader.Seen(r.Key)).ToList();
            if (before < after && gap.Count == run.Count && run.All(o => o.Values is not null))
            {
                foreach (var (orphan, row) in run.Zip(gap))
                {
                    import.Reader.Claim(row, orphan.Item.Location);
                    for (var p = 0; p < columns.Count; p++)
                    {
                        import.Reader.SetCell(new CellRef(row.Key, columns[p].Key), orphan.Values![p], orphan.Item.Location);
                    }
                    placed.Add(row);
                }
            }
            else
            {
                foreach (var orphan in run)
                {
                    import.Unplaced(orphan.Item.Location, $"{spec.Number}中一行只有数字、没有行标签，未导入", "请核对原文，将数字填入对应的行");
                }
            }
            start = end - 1;
        }
        if (placed.Count > 0)
        {
            var first = sequence.OfType<Orphan>().First().Item.Location;
            var names = string.Join("、", placed.Take(3).Select(r => $"“{r.Label}”"));
            import.Artefact(first, $"{spec.Number}有 {placed.Count} 行数字与行标签不在同一行（转换时表格被拆散，标签成了单独的文字），"
                + $"这些数字行所在的位置恰好对应官方表格中未读到的 {placed.Count} 行，已按官方行序放入{names}{(placed.Count > 3 ? "等行" : "行")}");
        }
        return placed;
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
