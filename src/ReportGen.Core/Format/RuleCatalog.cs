using System.Collections.Immutable;

namespace ReportGen.Format;

internal enum Severity
{
    Warning,
    Error,
}

/// <summary>What a failed rule means for the exit code: bad data (1) or a job that could not be done (2).</summary>
internal enum RuleKind
{
    Data,
    Job,
}

/// <param name="Compares">What the rule compares, for `reportgen rules` and the README.</param>
internal sealed record RuleSpec(string Id, Severity Severity, RuleKind Kind, string Title, string Compares);

/// <summary>Every rule the tool applies, with a stable id. The validator, the loaders and the docs read this.</summary>
internal static class RuleCatalog
{
    public static readonly RuleSpec R1 = new("R1", Severity.Error, RuleKind.Data, "表三勾稽关系不平衡",
        "表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理");
    public static readonly RuleSpec R2 = new("R2", Severity.Error, RuleKind.Data, "办理结果总计与分项之和不符",
        "表三每一列：（七）总计 = （一）+（二）+（三）1–8 +（四）1–3 +（五）1–5 +（六）1–3");
    public static readonly RuleSpec R4 = new("R4", Severity.Error, RuleKind.Data, "申请人总计与各类申请人之和不符",
        "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他");
    public static readonly RuleSpec R5 = new("R5", Severity.Error, RuleKind.Data, "复议诉讼总计与分项之和不符",
        "表四每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结");
    public static readonly RuleSpec R9 = new("R9", Severity.Error, RuleKind.Data, "叙述中的数字与表格不符",
        "叙述中写出的本年新收、上年结转、办理总数、结转下年度、各类办理结果、行政复议与行政诉讼件数须与表格一致；“均获维持”须与表四相符");
    public static readonly RuleSpec R10 = new("R10", Severity.Warning, RuleKind.Data, "统计期限与报告年度不符",
        "开头与叙述中写明的统计期限须为报告年度的1月1日至12月31日");
    public static readonly RuleSpec R8 = new("R8", Severity.Error, RuleKind.Data, "数值类型不符",
        "件数为非负整数；收费金额为非负数（万元）");

    public static readonly RuleSpec MissingFile = new("F01", Severity.Error, RuleKind.Job, "文件缺失",
        "报告文件夹须包含 report.json 与三张表的 CSV 文件");
    public static readonly RuleSpec Unreadable = new("F02", Severity.Error, RuleKind.Job, "文件无法读取",
        "文件须为 UTF-8 或 GB18030 编码的文本");
    public static readonly RuleSpec MissingRow = new("C01", Severity.Error, RuleKind.Data, "缺少行",
        "CSV 须包含官方表格的每一行");
    public static readonly RuleSpec UnknownRow = new("C02", Severity.Error, RuleKind.Data, "无法识别的行",
        "行标签须为官方标签或其英文键");
    public static readonly RuleSpec DuplicateRow = new("C03", Severity.Error, RuleKind.Data, "重复的行",
        "每一行只能出现一次");
    public static readonly RuleSpec MissingColumn = new("C04", Severity.Error, RuleKind.Data, "缺少列",
        "表头须包含官方表格的每一列（总计列可省略）");
    public static readonly RuleSpec UnknownColumn = new("C05", Severity.Error, RuleKind.Data, "无法识别的列",
        "列标题须为官方标签或其英文键");
    public static readonly RuleSpec NotANumber = new("C06", Severity.Error, RuleKind.Data, "单元格不是数字",
        "每个数据单元格须为数字");
    public static readonly RuleSpec Placeholder = new("C07", Severity.Warning, RuleKind.Data, "空白或占位符按0处理",
        "空白、“/”、“—”、“-”单元格视为0");
    public static readonly RuleSpec NearMissLabel = new("C08", Severity.Warning, RuleKind.Data, "标签与官方写法不一致",
        "行列标签应与官方表格逐字一致");
    public static readonly RuleSpec BadShape = new("C09", Severity.Error, RuleKind.Data, "表格结构错误",
        "表头与各行的单元格数须与官方表格一致");
    public static readonly RuleSpec BadMetadata = new("M01", Severity.Error, RuleKind.Data, "report.json 内容错误",
        "report.json 须为 JSON 对象，含 agency（机关名称）与 year（年度）");
    public static readonly RuleSpec UnknownMetadataKey = new("M02", Severity.Warning, RuleKind.Data, "report.json 含未知字段",
        "report.json 只能包含文档列出的字段");

    public static readonly RuleSpec TemplateSyntax = new("T01", Severity.Error, RuleKind.Data, "模板语法错误",
        "叙述文件与模板须为有效的 Scriban 模板");
    public static readonly RuleSpec TemplateName = new("T02", Severity.Error, RuleKind.Data, "模板中的名称无法识别或运行出错",
        "模板只能使用 README 列出的名称");
    public static readonly RuleSpec TemplateLimit = new("T03", Severity.Error, RuleKind.Data, "模板超出运行限制",
        "循环次数与递归深度有上限，防止模板无限运行");
    public static readonly RuleSpec TemplateInclude = new("T04", Severity.Error, RuleKind.Data, "模板引用被拒绝",
        "include 只能引用模板文件夹内的文件");
    public static readonly RuleSpec TemplateMissing = new("T05", Severity.Error, RuleKind.Job, "模板缺失",
        "模板文件夹须包含 report.md.sbn");

    public static readonly ImmutableArray<RuleSpec> All =
    [
        R1, R2, R4, R5, R8,
        MissingFile, Unreadable,
        MissingRow, UnknownRow, DuplicateRow, MissingColumn, UnknownColumn, NotANumber, Placeholder, NearMissLabel, BadShape,
        BadMetadata, UnknownMetadataKey,
        TemplateSyntax, TemplateName, TemplateLimit, TemplateInclude, TemplateMissing,
        R9, R10,
    ];

    public static RuleSpec Get(string id) => All.First(r => r.Id == id);
}
