using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// Turns what a reader found into a report: the title gives agency and year, the paragraphs before
/// the first section the opening, each section its narrative and (二、三、四) its table. Headings worded
/// differently are kept as heading overrides so a rebuilt report reads as the agency wrote it.
/// </summary>
internal sealed class ReportAssembler
{
    private sealed class Section(SectionHeading heading, SourceLocation location)
    {
        public SectionHeading Heading => heading;

        public SourceLocation Location => location;

        public List<SourceBlock> Blocks { get; } = [];
    }

    public ImportOutcome Assemble(SourceDocument document, ImportFindings findings)
    {
        string? titleText = null;
        SourceLocation? titleLocation = null;
        string? beforeTitle = null;
        var opening = new List<string>();
        var sections = new List<Section>();

        var headingBlocks = Headings(document.Blocks);
        foreach (var block in document.Blocks)
        {
            if (block is SourceParagraph p && headingBlocks.Contains(block) && SectionHeadings.Match(p.Text) is { } heading
                && (sections.Count == 0 || Order(heading.Section) > Order(sections[^1].Heading.Section)))
            {
                sections.Add(new Section(heading, p.Location));
                continue;
            }
            if (sections.Count > 0)
            {
                sections[^1].Blocks.Add(block);
                continue;
            }
            switch (block)
            {
                case SourceParagraph t when titleText is null && PlainTextReader.LooksLikeTitle(t.Text):
                    (titleText, titleLocation) = (t.Text, t.Location);
                    break;
                case SourceParagraph t when titleText is not null:
                    opening.Add(t.Text);
                    break;
                case SourceParagraph t:
                    if (beforeTitle is not null)
                    {
                        findings.AddStray(document, block.Location, beforeTitle);
                    }
                    beforeTitle = t.Text;
                    break;
                default:
                    findings.Add(RuleCatalog.ImportUnplaced, block.Location,
                        $"{document.Where(block.Location)}：表格行出现在第一个部分标题之前，无法对应到任何统计表，未导入", "请核对原文的部分标题");
                    break;
            }
        }

        HeadlessSection(sections, document, findings);
        var title = titleText is null ? null : TitleLine.Parse(titleText, beforeTitle);
        if (title is null)
        {
            findings.Add(RuleCatalog.ImportNoTitle, titleLocation ?? new SourceLocation(document.File, 1, 0),
                titleText is null ? $"{document.File} 中没有找到报告标题（如“某某局2023年政府信息公开工作年度报告”）"
                    : $"{document.Where(titleLocation!)}：无法从标题“{titleText}”中读出机关名称和年度",
                "标题应写明机关名称与年度；请修改原文后重新导入");
        }
        else if (beforeTitle is not null && !title.Agency.Contains(TextShapes.StripEmphasis(beforeTitle), StringComparison.Ordinal))
        {
            findings.AddStray(document, new SourceLocation(document.File, 1, 0), beforeTitle);
        }

        var headings = ImmutableDictionary.CreateBuilder<string, string>();
        var narratives = ImmutableDictionary.CreateBuilder<string, NarrativeText>();
        var tables = new Dictionary<string, TableData>();
        var trial = false;
        OneRowFigures? oneRow = null;
        Signature? signature = null;

        foreach (var spec in StatutoryFormat.Sections)
        {
            var section = sections.FirstOrDefault(s => s.Heading.Section == spec);
            if (section is null)
            {
                findings.Add(RuleCatalog.ImportMissingSection, null, $"原文缺少第{spec.Heading[..1]}部分“{spec.Heading[2..]}”",
                    spec.TableKey is null ? "年报应包含全部六个部分，请补写该部分" : "年报应包含全部六个部分；该部分的统计表也未找到");
                if (spec.TableKey is { } missingTable)
                {
                    tables[missingTable] = Empty(missingTable, document, findings, null);
                }
                continue;
            }
            if (!SectionHeadings.IsDefaultWording(section.Heading))
            {
                headings[spec.Key] = section.Heading.Wording;
                findings.Add(RuleCatalog.ImportHeading, section.Location,
                    $"{document.Where(section.Location)}：标题“{section.Heading.Wording}”与2021年格式“{spec.Heading}”措辞不同，已保留原措辞",
                    "原措辞已写入 report.json 的 headings，重新生成时沿用；如需改用2021年格式的措辞，删除该项即可");
            }
            var blocks = section.Blocks;
            if (ReferenceEquals(section, sections[^1]) && title is not null)
            {
                signature = TakeSignature(blocks, title.Agency);
            }
            var firstRow = blocks.FindIndex(b => b is SourceTableRow);
            var lastRow = blocks.FindLastIndex(b => b is SourceTableRow);
            // A table's block titles and header labels left as text lines (the grid lost) belong to the table.
            var structure = spec.TableKey is null ? -1 : blocks.FindIndex(b => b is SourceParagraph p && TableStructure.IsStructure(p.Text));
            if (firstRow >= 0 && structure >= 0 && structure < firstRow)
            {
                firstRow = structure;
            }
            var text = blocks.Where((b, i) => b is SourceParagraph p && (i < firstRow || i > lastRow || firstRow < 0)
                && (spec.TableKey is null || !TableStructure.IsStructure(p.Text))).Cast<SourceParagraph>().ToList();
            var region = firstRow < 0 ? [] : blocks.GetRange(firstRow, lastRow - firstRow + 1);
            if (spec.TableKey is null)
            {
                foreach (var row in region.OfType<SourceTableRow>().Where(r => TableRowParts.Of(r.Row).HasFigure))
                {
                    findings.Add(RuleCatalog.ImportUnplaced, row.Location,
                        $"{document.Where(row.Location)}：“{spec.Heading[2..]}”部分中的表格行不属于任何统计表，未导入",
                        "三张统计表应分别在第二、三、四部分；其他表格的内容请写入说明文字");
                }
                text = [.. blocks.OfType<SourceParagraph>()];
            }
            else if (firstRow < 0 && JoinedParagraph(spec.TableKey, text) is { } joined)
            {
                // A page flattened to text: the table is a paragraph of its own, with its cells joined.
                text.Remove(joined);
                tables[spec.TableKey] = new JoinedTableImporter().Import(StatutoryFormat.Table(spec.TableKey), joined, Narrative(document, joined), document, findings);
            }
            else if (region.Count == 0)
            {
                // One finding for a table that is not there, not one more per row.
                tables[spec.TableKey] = Empty(spec.TableKey, document, findings, section.Location);
            }
            else
            {
                var table = StatutoryFormat.Table(spec.TableKey);
                var imported = TableImporters.For(table).Import(table, region, document, findings);
                tables[spec.TableKey] = imported.Table;
                trial |= imported.Trial2019;
                oneRow ??= imported.OneRow;
            }
            if (text.Count > 0)
            {
                narratives[spec.Key] = new NarrativeText(spec.NarrativeFile, string.Join("\n\n", text.Select(t => t.Text)) + "\n");
            }
        }

        var format = ReportFormat(trial, oneRow, document, findings);
        findings.CombineBlankCells();
        if (title is null)
        {
            return new ImportOutcome(null, format, findings.ToImmutable());
        }
        var metadata = new ReportMetadata(title.Agency, title.Year, signature?.Date, title.IsStandard ? null : title.Text,
            opening.Count > 0 ? string.Join("\n\n", opening) : null, headings.ToImmutable(), signature);
        var report = Report.Of(metadata, tables, narratives.ToImmutable());
        return new ImportOutcome(report, format, findings.ToImmutable());
    }

    /// <summary>
    /// The paragraphs that may open a section. A report that numbers its own narrative ("三、主动公开工作情况")
    /// and then the tables ("一、主动公开政府信息情况") names a table's section twice: the heading the table
    /// follows is the section's, the other is a sub-heading of the narrative.
    /// </summary>
    private static HashSet<SourceBlock> Headings(ImmutableArray<SourceBlock> blocks)
    {
        // A caption ("表三：收到和处理政府信息公开申请情况") names the table, not a section.
        var candidates = blocks.Select((b, i) => (Block: b, Index: i,
                Heading: b is SourceParagraph p && !TableStructure.IsStructure(p.Text) ? SectionHeadings.Match(p.Text) : null))
            .Where(x => x.Heading is not null).ToList();
        var result = new HashSet<SourceBlock>();
        foreach (var group in candidates.GroupBy(c => c.Heading!.Section))
        {
            if (group.Key.TableKey is not { } tableKey || group.Count() == 1)
            {
                result.UnionWith(group.Select(c => c.Block));
                continue;
            }
            var table = StatutoryFormat.Table(tableKey);
            var withTable = group.FirstOrDefault(c =>
            {
                var next = candidates.FirstOrDefault(n => n.Index > c.Index).Index;
                var end = next > c.Index ? next : blocks.Length;
                return blocks.Skip(c.Index + 1).Take(end - c.Index - 1).Any(b => b is SourceTableRow
                    || (b is SourceParagraph p && JoinedTableImporter.Holds(table, p.Text)));
            });
            result.Add((withTable.Block ?? group.First().Block)!);
        }
        return result;
    }

    /// <summary>
    /// A section whose heading the source lost ("（一）主要问题" and "（二）改进情况" right after 表四, with no
    /// "五、" above them): the sub-headings after the previous section's table name its topic, so they and what
    /// follows are that section. Said in a finding, since the heading had to be supplied.
    /// </summary>
    /// <summary>How much of a paragraph's start may be its run-in sub-heading ("（一）主要问题").</summary>
    private const int SubHeadingLength = 12;

    private static void HeadlessSection(List<Section> sections, SourceDocument document, ImportFindings findings)
    {
        for (var s = 0; s < StatutoryFormat.Sections.Length; s++)
        {
            var spec = StatutoryFormat.Sections[s];
            if (spec.TableKey is not null || sections.Any(x => x.Heading.Section == spec))
            {
                continue;
            }
            var before = sections.LastOrDefault(x => Order(x.Heading.Section) < s);
            if (before is null || before.Heading.Section.TableKey is null || sections.IndexOf(before) + 1 < sections.Count
                && Order(sections[sections.IndexOf(before) + 1].Heading.Section) < s)
            {
                continue;
            }
            var lastRow = before.Blocks.FindLastIndex(b => b is SourceTableRow);
            // A sub-heading is often run together with its first lines: its first words are what it is about.
            var subHeadings = before.Blocks.Select((b, i) => (Block: b, Index: i))
                .Where(x => x.Index > lastRow && x.Block is SourceParagraph p && TextShapes.StartsWithOutlineMark(p.Text))
                .ToList();
            static string Start(SourceBlock b) => ((SourceParagraph)b).Text is var t && t.Length > SubHeadingLength ? t[..SubHeadingLength] : ((SourceParagraph)b).Text;
            if (subHeadings.Count == 0 || !spec.IsTopic(string.Concat(subHeadings.Select(x => Start(x.Block)))))
            {
                continue;
            }
            var first = subHeadings[0];
            var moved = before.Blocks.Skip(first.Index).ToList();
            before.Blocks.RemoveRange(first.Index, moved.Count);
            var section = new Section(new SectionHeading(spec, spec.Heading), first.Block.Location);
            section.Blocks.AddRange(moved);
            sections.Insert(sections.IndexOf(before) + 1, section);
            var text = Start(first.Block);
            findings.Add(RuleCatalog.ImportMissingSection, first.Block.Location,
                $"{document.Where(first.Block.Location)}：原文没有第{spec.Heading[..1]}部分“{spec.Heading[2..]}”的标题；第{before.Heading.Section.Heading[..1]}部分的表格之后从“{text}…”起的内容讲的正是该部分，已作为第{spec.Heading[..1]}部分导入",
                "请核对；重新生成时会补上该部分的标题");
        }
    }

    private static SourceParagraph? JoinedParagraph(string tableKey, List<SourceParagraph> paragraphs) =>
        paragraphs.FirstOrDefault(p => JoinedTableImporter.Holds(StatutoryFormat.Table(tableKey), p.Text));

    /// <summary>Every paragraph but the table's own: what the report states in words.</summary>
    private static List<string> Narrative(SourceDocument document, SourceParagraph table) =>
        [.. document.Blocks.OfType<SourceParagraph>().Where(p => !ReferenceEquals(p, table)).Select(p => p.Text)];

    private static ImportedFormat ReportFormat(bool trial, OneRowFigures? oneRow, SourceDocument document, ImportFindings findings)
    {
        var edition = StatutoryFormat.Trial2019;
        if (oneRow is not null)
        {
            var spec = oneRow.Spec;
            var table = edition.For(spec);
            var figures = string.Join(" ", oneRow.Values);
            var aliased = string.Join("、", StatutoryFormat.Tables.Where(t => edition.For(t).HasAliases).Select(t => t.Number));
            var (rule, what) = trial
                ? (RuleCatalog.ImportTrialFormat, $"{spec.Number}的“{table.OneRowGroup}”只有一行（{edition.Name}试行格式）")
                : (RuleCatalog.ImportHybridFormat, $"{aliased}是2021年格式，{spec.Number}的“{table.OneRowGroup}”却是2019年试行格式的一行");
            findings.Add(rule, oneRow.Location,
                $"{document.Where(oneRow.Location)}：{what}；其数字（{figures}）无法拆分到2021年格式的{table.OneRowCount}行，未导入",
                table.RefillHint, spec.DisplayName, table.OneRowGroup);
        }
        // The edition finding above says what the old layout cannot give; "缺少数字" for the same rows would
        // tell the report to add rows its format never had: the rows of a table in the edition's labels that
        // have none of the columns it shares with 2021 (of 表二 it gives only 处理决定数量), and the rows its
        // one-row group stands for (of 表三, one （六） row for three).
        if (trial || oneRow is not null)
        {
            foreach (var spec in StatutoryFormat.Tables)
            {
                var table = edition.For(spec);
                var noFigures = trial && table.HasAliases
                    ? spec.Rows.Where(r => !table.HasFiguresOf(r)).Select(r => r.Label).ToHashSet()
                    : [];
                findings.RemoveAll(d => d.Rule == RuleCatalog.ImportMissingData && d.Table == spec.DisplayName && d.Row is { } row
                    && (noFigures.Contains(row) || table.IsOneRowLabel(row)));
            }
        }
        return trial ? ImportedFormat.Trial2019 : oneRow is not null ? ImportedFormat.Hybrid : ImportedFormat.Current;
    }

    private static TableData Empty(string tableKey, SourceDocument document, ImportFindings findings, SourceLocation? location)
    {
        var spec = StatutoryFormat.Table(tableKey);
        var where = location is null ? string.Empty : $"{document.Where(location)}：";
        findings.Add(RuleCatalog.ImportMissingData, location, $"{where}没有找到{spec.DisplayName}，该表的数字均未导入",
            "导入后请按原文在 CSV 中填写该表", spec.DisplayName);
        return TableData.Of(spec, []);
    }

    /// <summary>The closing "agency / date" lines: the signature, not part of the last section's narrative.</summary>
    private static Signature? TakeSignature(List<SourceBlock> blocks, string agency)
    {
        if (blocks.Count == 0 || blocks[^1] is not SourceParagraph last || TextShapes.MatchDateLine(last.Text) is not { Success: true } m)
        {
            return null;
        }
        var (year, month, day) = (Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var date = new DateOnly(year, month, day);
        blocks.RemoveAt(blocks.Count - 1);
        var signer = agency;
        if (blocks.Count > 0 && blocks[^1] is SourceParagraph name && name.Text.Length <= 40 && !name.Text.Contains('。') && !name.Text.Contains('，'))
        {
            signer = TextShapes.StripEmphasis(name.Text);
            blocks.RemoveAt(blocks.Count - 1);
        }
        return new Signature(signer, date);

        static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
    }

    private static int Order(SectionSpec section) => StatutoryFormat.Sections.IndexOf(section);
}
