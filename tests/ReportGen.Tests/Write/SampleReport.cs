using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Tests.Write;

/// <summary>A hand-built report that exercises every feature of the writer.</summary>
internal static class SampleReport
{
    public const string Agency = "示例市示例局";
    public const string Date = "2025年1月20日";

    /// <summary>Contains U+0001, U+000B and U+FFFE, none of which XML 1.0 allows.</summary>
    public const string DirtyText = "本年度共受理申请12件\u0001，办结\u000B12件\uFFFE。";
    public const string CleanText = "本年度共受理申请12件，办结12件。";

    public static ReportDocument Build(int bodyRepeat = 1)
    {
        var blocks = ImmutableArray.CreateBuilder<DocumentBlock>();
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Title, "示例市示例局2024年政府信息公开工作年度报告"));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Body,
            "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。"));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading1, "一、总体情况"));
        for (var i = 0; i < bodyRepeat; i++)
        {
            blocks.Add(new ParagraphBlock(ParagraphRole.Body,
            [
                new TextRun("（一）健全制度流程，推进公开规范化。", RunStyle.Heading2),
                new TextRun("2024年，我局坚持以公开为常态、不公开为例外，修订完善政府信息公开工作制度，明确信息发布审核流程，全年共主动公开政府信息356条，其中政策文件28件，政策解读15篇。"),
            ]));
        }
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading2, "（二）依申请公开"));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Body, DirtyText));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading3, "1.平台建设"));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading4, "（1）政府网站"));
        blocks.Add(new ParagraphBlock(ParagraphRole.Body,
        [
            new TextRun("1.加强平台管理。", RunStyle.Heading3),
            new TextRun("及时更新栏目内容，"),
            new TextRun("全年未发生重大差错", RunStyle.Bold),
            new TextRun("。"),
        ]));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading1, "二、收到和处理政府信息公开申请情况"));
        blocks.Add(MergedTable());
        blocks.Add(SmallTable());
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Heading1, "三、其他需要报告的事项"));
        blocks.Add(ParagraphBlock.Of(ParagraphRole.Body, "本年度未收取信息处理费。"));
        return new ReportDocument("示例市示例局2024年政府信息公开工作年度报告", blocks.ToImmutable(), new SignatureBlock(Agency, Date));
    }

    /// <summary>
    /// Two header rows: column 0 merged down over both, columns 1–3 spanned in row 0. Data rows 2–3
    /// merge column 0 again.
    /// </summary>
    public static TableBlock MergedTable() => new(
        "applications",
        [4, 2, 2, 2],
        2,
        [
            [new GridCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Merge: VerticalMerge.Restart), new GridCell("申请人情况", 3)],
            [new GridCell("", Merge: VerticalMerge.Continue), new GridCell("自然人"), new GridCell("法人或其他组织"), new GridCell("总计")],
            [new GridCell("一、本年新收政府信息公开申请数量", Merge: VerticalMerge.Restart, Alignment: CellAlignment.Left), new GridCell("10"), new GridCell("2"), new GridCell("12")],
            [new GridCell("ignored under a merge", Merge: VerticalMerge.Continue), new GridCell("0"), new GridCell("0"), new GridCell("0")],
            [new GridCell("二、上年结转政府信息公开申请数量", Alignment: CellAlignment.Left), new GridCell("1"), new GridCell("0"), new GridCell("1")],
        ],
        TableTextSize.Normal);

    /// <summary>表四's shape: fifteen narrow columns in 小五.</summary>
    public static TableBlock SmallTable()
    {
        string[] heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        return new TableBlock(
            "reviews",
            [.. Enumerable.Repeat(1, 15)],
            1,
            [
                [.. Enumerable.Range(0, 15).Select(i => new GridCell(heads[i % 5]))],
                [.. Enumerable.Range(0, 15).Select(i => new GridCell(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            ],
            TableTextSize.Small);
    }
}
