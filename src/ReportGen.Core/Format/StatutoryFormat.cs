using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ReportGen.Format;

/// <summary>
/// The uniform format of 国办公开办函〔2021〕30号, written down once. Every label below is typed
/// exactly as the official form prints it; loaders, rules, renderers and the writer read it from here.
/// </summary>
internal static class StatutoryFormat
{
    public const string FormatName = "国办公开办函〔2021〕30号";

    /// <summary>表三's group "（六）其他处理": three rows in 2021, one in the 2019 trial format.</summary>
    private const string OtherProcessing = "（六）其他处理";


    // A topic is what a heading is about once its numeral and spaces are gone: agencies use the 条例's
    // phrasing ("行政机关主动公开政府信息情况"), drop the numeral or add their own words.
    public static readonly ImmutableArray<SectionSpec> Sections =
    [
        new(SectionKeys.Overview, "一、总体情况", null, "overview.md", t => t.Contains("总体情况") || t == "概述"),
        new(SectionKeys.Active, "二、主动公开政府信息情况", TableKeys.Active, "active.md", t => t.Contains("主动公开") && t.EndsWith("情况", StringComparison.Ordinal)),
        new(SectionKeys.Applications, "三、收到和处理政府信息公开申请情况", TableKeys.Applications, "applications.md",
            t => t.Contains("申请") && (t.Contains("收到") || t.Contains("处理") || t.Contains("依申请"))
                && t.EndsWith("情况", StringComparison.Ordinal) && !t.Contains("复议")),
        new(SectionKeys.Reviews, "四、政府信息公开行政复议、行政诉讼情况", TableKeys.Reviews, "reviews.md",
            t => (t.Contains("行政复议") || t.Contains("行政诉讼")) && t.EndsWith("情况", StringComparison.Ordinal)),
        new(SectionKeys.Problems, "五、存在的主要问题及改进情况", null, "problems.md", t => t.Contains("问题") && (t.Contains("改进") || t.Contains("整改"))),
        new(SectionKeys.Other, "六、其他需要报告的事项", null, "other.md", t => t.Contains("其他需要报告") || t.Contains("其他事项")),
    ];

    public static readonly TableSpec Active = BuildActive();
    public static readonly TableSpec Applications = BuildApplications();
    public static readonly TableSpec Reviews = BuildReviews();

    public static readonly ImmutableArray<TableSpec> Tables = [Active, Applications, Reviews];

    public static TableSpec Table(string key) => Tables.First(t => t.Key == key);

    // The editions come after the tables (static fields initialise in order): an edition names 2021 rows.

    /// <summary>The edition every table above is written in.</summary>
    public static readonly FormatEdition Current = new(FormatName, 2021, []);

    /// <summary>The trial format of 2019, which many reports for 2019 and 2020 (and some later) still follow.</summary>
    public static readonly FormatEdition Trial2019 = new("国办公开办函〔2019〕60号", 2019,
    [
        new EditionTable(TableKeys.Active,
            Columns: new Dictionary<string, string?>
            {
                ["本年新制作数量"] = null,
                ["本年新公开数量"] = null,
                ["对外公开总数量"] = null,
                ["上一年项目数量"] = null,
                ["本年增/减"] = null,
                ["本年增减"] = null,
                ["处理决定数量"] = ActiveKeys.Decisions,
                ["采购项目数量"] = null,
                ["采购总金额"] = null,
            }.ToFrozenDictionary(),
            Rows: new Dictionary<string, string?>
            {
                ["规范性文件"] = ActiveKeys.Normative,
                ["其他对外管理服务事项"] = null,
                ["政府集中采购"] = null,
            }.ToFrozenDictionary(),
            Blocks: new Dictionary<string, string> { ["第二十条第（九）项"] = "政府集中采购" }.ToFrozenDictionary(),
            RefillHint: "请按2021年格式补填本年制发件数、本年废止件数、现行有效件数和收费金额",
            OneRowGroup: string.Empty, OneRowRows: []),
        new EditionTable(TableKeys.Applications, FrozenDictionary<string, string?>.Empty, FrozenDictionary<string, string?>.Empty,
            FrozenDictionary<string, string>.Empty,
            RefillHint: "请按原始台账将这些申请分别填入“申请人无正当理由逾期不补正…”“申请人逾期未按收费通知要求缴纳费用…”“其他”三行",
            OneRowGroup: OtherProcessing,
            OneRowRows: [.. Applications.Rows.Where(r => r.Groups.Contains(OtherProcessing))]),
    ]);

    public static readonly ImmutableArray<FormatEdition> Editions = [Current, Trial2019];

    private static TableSpec BuildActive()
    {
        const string Issued = "issued", Repealed = "repealed", InForce = "in_force", Decisions = ActiveKeys.Decisions, Fee = "fee";
        ImmutableArray<ColumnSpec> columns =
        [
            new(Issued, "本年制发件数", [], CellKind.Count, false),
            new(Repealed, "本年废止件数", [], CellKind.Count, false),
            new(InForce, "现行有效件数", [], CellKind.Count, false),
            new(Decisions, "本年处理决定数量", [], CellKind.Count, false),
            new(Fee, "本年收费金额（单位：万元）", [], CellKind.Amount, false),
        ];
        const string B1 = "第二十条第（一）项", B5 = "第二十条第（五）项", B6 = "第二十条第（六）项", B8 = "第二十条第（八）项";
        ImmutableArray<RowSpec> rows =
        [
            new("rules", "规章", [B1], [Issued, Repealed, InForce], false),
            new(ActiveKeys.Normative, "行政规范性文件", [B1], [Issued, Repealed, InForce], false),
            new("licensing", "行政许可", [B5], [Decisions], false),
            new("penalty", "行政处罚", [B6], [Decisions], false),
            new("enforcement", "行政强制", [B6], [Decisions], false),
            new("fees", "行政事业性收费", [B8], [Fee], false),
        ];
        // R7: documents in force carry over: last year's 现行有效 + 本年制发 − 本年废止.
        var crossYear = rows.Where(r => r.Columns.Contains(InForce)).Select(r => new CrossYearRule(RuleCatalog.R7,
            new CellRef(r.Key, InForce), new CellRef(r.Key, InForce), [new CellRef(r.Key, Issued)], [new CellRef(r.Key, Repealed)]));
        return new TableSpec(TableKeys.Active, "表二", "主动公开政府信息情况", "active.csv", TableLayout.Blocks,
            "信息内容", null, null, columns, rows, [], [], [.. crossYear], columnWeights: [34, 22, 22, 22]);
    }

    private static TableSpec BuildApplications()
    {
        const string Applicants = "申请人情况", Organisations = "法人或其他组织";
        ImmutableArray<ColumnSpec> columns =
        [
            new("natural", "自然人", [Applicants], CellKind.Count, false),
            new("business", "商业企业", [Applicants, Organisations], CellKind.Count, false),
            new("research", "科研机构", [Applicants, Organisations], CellKind.Count, false),
            new("nonprofit", "社会公益组织", [Applicants, Organisations], CellKind.Count, false),
            new("legal", "法律服务机构", [Applicants, Organisations], CellKind.Count, false),
            new("other", "其他", [Applicants, Organisations], CellKind.Count, false),
            new(ApplicationKeys.Total, "总计", [Applicants], CellKind.Count, true),
        ];
        var all = columns.Select(c => c.Key).ToImmutableArray();
        const string Results = "三、本年度办理结果", Withheld = "（三）不予公开", Unavailable = "（四）无法提供",
            NotProcessed = "（五）不予处理", Other = OtherProcessing;
        RowSpec Row(string key, string label, bool total = false, params string[] groups) =>
            new(key, label, [.. groups], all, total);
        ImmutableArray<RowSpec> rows =
        [
            Row(ApplicationKeys.New, "一、本年新收政府信息公开申请数量"),
            Row(ApplicationKeys.CarriedOver, "二、上年结转政府信息公开申请数量"),
            Row(ApplicationKeys.Granted, "（一）予以公开", false, Results),
            Row(ApplicationKeys.Partial, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", false, Results),
            Row(ApplicationKeys.WithheldSecret, "1.属于国家秘密", false, Results, Withheld),
            Row("withheld_law", "2.其他法律行政法规禁止公开", false, Results, Withheld),
            Row("withheld_safety", "3.危及“三安全一稳定”", false, Results, Withheld),
            Row("withheld_third_party", "4.保护第三方合法权益", false, Results, Withheld),
            Row("withheld_internal", "5.属于三类内部事务信息", false, Results, Withheld),
            Row("withheld_process", "6.属于四类过程性信息", false, Results, Withheld),
            Row("withheld_enforcement", "7.属于行政执法案卷", false, Results, Withheld),
            Row("withheld_inquiry", "8.属于行政查询事项", false, Results, Withheld),
            Row(ApplicationKeys.UnavailableNotHeld, "1.本机关不掌握相关政府信息", false, Results, Unavailable),
            Row("unavailable_to_create", "2.没有现成信息需要另行制作", false, Results, Unavailable),
            Row("unavailable_unclear", "3.补正后申请内容仍不明确", false, Results, Unavailable),
            Row(ApplicationKeys.NotProcessedPetition, "1.信访举报投诉类申请", false, Results, NotProcessed),
            Row("not_processed_repeat", "2.重复申请", false, Results, NotProcessed),
            Row("not_processed_publication", "3.要求提供公开出版物", false, Results, NotProcessed),
            Row("not_processed_excessive", "4.无正当理由大量反复申请", false, Results, NotProcessed),
            Row("not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息", false, Results, NotProcessed),
            Row(ApplicationKeys.OtherNoCorrection, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", false, Results, Other),
            Row(ApplicationKeys.OtherNoFee, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", false, Results, Other),
            Row("other_other", "3.其他", false, Results, Other),
            Row(ApplicationKeys.Handled, "（七）总计", true, Results),
            Row(ApplicationKeys.CarriedForward, "四、结转下年度继续办理"),
        ];
        var outcomeRows = rows.Where(r => r.Groups.Length > 0 && !r.IsTotal).Select(r => r.Key).ToImmutableArray();
        var partColumns = columns.Where(c => !c.IsTotal).Select(c => c.Key).ToImmutableArray();

        var sums = ImmutableArray.CreateBuilder<SumRule>();
        foreach (var column in all)
        {
            sums.Add(new SumRule(RuleCatalog.R2, new CellRef(ApplicationKeys.Handled, column), [.. outcomeRows.Select(r => new CellRef(r, column))]));
        }
        foreach (var row in rows)
        {
            sums.Add(new SumRule(RuleCatalog.R4, new CellRef(row.Key, ApplicationKeys.Total), [.. partColumns.Select(c => new CellRef(row.Key, c))]));
        }
        var balances = all.Select(c => new BalanceRule(RuleCatalog.R1, new CellRef(ApplicationKeys.CarriedForward, c),
            [new CellRef(ApplicationKeys.New, c), new CellRef(ApplicationKeys.CarriedOver, c)],
            [new CellRef(ApplicationKeys.Handled, c), new CellRef(ApplicationKeys.CarriedForward, c)])).ToImmutableArray();

        // R6: what was carried forward last year is what is carried over this year.
        var crossYear = all.Select(c => new CrossYearRule(RuleCatalog.R6, new CellRef(ApplicationKeys.CarriedOver, c), new CellRef(ApplicationKeys.CarriedForward, c), [], []));
        return new TableSpec(TableKeys.Applications, "表三", "收到和处理政府信息公开申请情况", "applications.csv", TableLayout.Matrix,
            "项目", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Applicants,
            columns, rows, sums.ToImmutable(), balances, [.. crossYear],
            // In twips of the 156 mm text block: a figure column holds six 五号 digits (6 × 5.25 pt) inside
            // 1 mm margins, seven at 小五 (the writer steps a figure down when it must); the label columns
            // keep what remains: one character, three, eleven a line.
            columnWeights: [330, 770, 2425, .. Enumerable.Repeat(760, columns.Length)]);
    }

    private static TableSpec BuildReviews()
    {
        ImmutableArray<ColumnSpec> columns =
        [
            new(ReviewKeys.Upheld, "结果维持", [], CellKind.Count, false),
            new(ReviewKeys.Corrected, "结果纠正", [], CellKind.Count, false),
            new("other", "其他结果", [], CellKind.Count, false),
            new(ReviewKeys.Pending, "尚未审结", [], CellKind.Count, false),
            new(ReviewKeys.Total, "总计", [], CellKind.Count, true),
        ];
        var all = columns.Select(c => c.Key).ToImmutableArray();
        const string Litigation = "行政诉讼";
        ImmutableArray<RowSpec> rows =
        [
            new(ReviewKeys.Review, "行政复议", [], all, false),
            new(ReviewKeys.DirectSuit, "未经复议直接起诉", [Litigation], all, false),
            new("suit_after_review", "复议后起诉", [Litigation], all, false),
        ];
        var parts = columns.Where(c => !c.IsTotal).ToArray();
        var sums = rows.Select(r => new SumRule(RuleCatalog.R5, new CellRef(r.Key, ReviewKeys.Total),
            [.. parts.Select(c => new CellRef(r.Key, c.Key))])).ToImmutableArray();
        return new TableSpec(TableKeys.Reviews, "表四", "政府信息公开行政复议、行政诉讼情况", "reviews.csv", TableLayout.Flat,
            string.Empty, null, null, columns, rows, sums, [], [],
            columnWeights: [.. Enumerable.Repeat(1, rows.Length * columns.Length)]);
    }
}
