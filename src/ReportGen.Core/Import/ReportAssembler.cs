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

        foreach (var block in document.Blocks)
        {
            if (block is SourceParagraph p && SectionHeadings.Match(p.Text) is { } heading
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
                        Stray(document, findings, block.Location, beforeTitle);
                    }
                    beforeTitle = t.Text;
                    break;
                default:
                    findings.Add(RuleCatalog.ImportUnplaced, block.Location,
                        $"{document.Where(block.Location)}：表格行出现在第一个部分标题之前，无法对应到任何统计表，未导入", "请核对原文的部分标题");
                    break;
            }
        }

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
            Stray(document, findings, new SourceLocation(document.File, 1, 0), beforeTitle);
        }

        var headings = ImmutableDictionary.CreateBuilder<string, string>();
        var narratives = ImmutableDictionary.CreateBuilder<string, NarrativeText>();
        var tables = new Dictionary<string, TableData>();
        var trial = false;
        OneRowOtherProcessing? oneRow = null;
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
            var text = blocks.Where((b, i) => b is SourceParagraph && (i < firstRow || i > lastRow || firstRow < 0)).Cast<SourceParagraph>().ToList();
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
            else
            {
                if (spec.TableKey == StatutoryFormat.Active.Key)
                {
                    var active = new ActiveTableImporter().Import(Rows(region, document, findings), document, findings);
                    (tables[spec.TableKey], trial) = (active.Table, active.Trial2019);
                }
                else if (spec.TableKey == StatutoryFormat.Applications.Key)
                {
                    var applications = new ApplicationsTableImporter().Import(region, document, findings);
                    (tables[spec.TableKey], oneRow) = (applications.Table, applications.OneRowOther);
                }
                else
                {
                    tables[spec.TableKey] = new ReviewsTableImporter().Import(Rows(region, document, findings), document, findings);
                }
                if (region.Count == 0)
                {
                    tables[spec.TableKey] = Empty(spec.TableKey, document, findings, section.Location);
                }
            }
            if (text.Count > 0)
            {
                narratives[spec.Key] = new NarrativeText(spec.NarrativeFile, string.Join("\n\n", text.Select(t => t.Text)) + "\n");
            }
        }

        var format = ReportFormat(trial, oneRow, document, findings);
        if (title is null)
        {
            return new ImportOutcome(null, format, findings.ToImmutable());
        }
        var metadata = new ReportMetadata(title.Agency, title.Year, signature?.Date, title.IsStandard ? null : title.Text,
            opening.Count > 0 ? string.Join("\n\n", opening) : null, headings.ToImmutable(), signature);
        var report = Report.Of(metadata, tables, narratives.ToImmutable());
        return new ImportOutcome(report, format, findings.ToImmutable());
    }

    private const string DecisionsColumn = "decisions";

    private static ImportedFormat ReportFormat(bool trialActive, OneRowOtherProcessing? oneRow, SourceDocument document, ImportFindings findings)
    {
        if (oneRow is not null)
        {
            var spec = StatutoryFormat.Applications;
            var figures = string.Join(" ", oneRow.Values);
            var (rule, what) = trialActive
                ? (RuleCatalog.ImportTrialFormat, $"{spec.Number}的“{StatutoryFormat.Trial2019.OneRowGroup}”只有一行（{StatutoryFormat.Trial2019.Name}试行格式）")
                : (RuleCatalog.ImportHybridFormat, $"表二是2021年格式，{spec.Number}的“{StatutoryFormat.Trial2019.OneRowGroup}”却是2019年试行格式的一行");
            findings.Add(rule, oneRow.Location,
                $"{document.Where(oneRow.Location)}：{what}；其数字（{figures}）无法拆分到2021年格式的三行，未导入",
                "请按原始台账将这些申请分别填入“申请人无正当理由逾期不补正…”“申请人逾期未按收费通知要求缴纳费用…”“其他”三行",
                spec.DisplayName, StatutoryFormat.Trial2019.OneRowGroup);
        }
        // The edition finding above says what the old layout cannot give; "缺少数字" for the same rows would
        // tell the report to add rows its format never had.
        var active = StatutoryFormat.Active;
        var applications = StatutoryFormat.Applications;
        // Of 表二 the 2019 layout gives only 处理决定数量; of 表三 it has one （六） row for three.
        var trialLabels = active.Rows.Where(r => !r.Columns.Contains(DecisionsColumn)).Select(r => r.Label).ToHashSet();
        var oneRowLabels = applications.Rows.Where(r => r.Groups.Contains(StatutoryFormat.Trial2019.OneRowGroup)).Select(r => r.Label).ToHashSet();
        findings.RemoveAll(d => d.Rule == RuleCatalog.ImportMissingData
            && ((trialActive && d.Table == active.DisplayName && d.Row is { } activeRow && trialLabels.Contains(activeRow)) || ((trialActive || oneRow is not null) && d.Table == applications.DisplayName && d.Row is { } row && oneRowLabels.Contains(row))));
        return trialActive ? ImportedFormat.Trial2019 : oneRow is not null ? ImportedFormat.Hybrid : ImportedFormat.Current;
    }

    /// <summary>Rows for the importers that read rows only; text between them cannot belong anywhere.</summary>
    private static List<SourceRow> Rows(List<SourceBlock> region, SourceDocument document, ImportFindings findings)
    {
        foreach (var p in region.OfType<SourceParagraph>())
        {
            Stray(document, findings, p.Location, p.Text);
        }
        return [.. region.OfType<SourceTableRow>().Select(r => r.Row)];
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

    private static void Stray(SourceDocument document, ImportFindings findings, SourceLocation location, string text)
    {
        var shown = text.Length > 30 ? text[..30] + "…" : text;
        findings.Add(RuleCatalog.ImportStrayText, location, $"{document.Where(location)}：文字“{shown}”不属于标题、开篇段落或任何部分，未导入",
            "请核对原文；如属正文，请在导入后补入相应的说明文字");
    }

    private static int Order(SectionSpec section) => StatutoryFormat.Sections.IndexOf(section);
}
