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
    public static readonly RuleSpec R6 = new("R6", Severity.Error, RuleKind.Data, "上年结转与上年报告不符",
        "表三每一列：本年“二、上年结转” = 上年报告的“四、结转下年度继续办理”（check --previous）");
    public static readonly RuleSpec R7 = new("R7", Severity.Warning, RuleKind.Data, "现行有效件数不连续",
        "表二：上年现行有效件数 + 本年制发件数 − 本年废止件数 = 本年现行有效件数（check --previous；文件可能未经废止而失效，故为警告）");
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
    public static readonly RuleSpec Unwritable = new("F03", Severity.Error, RuleKind.Job, "输出无法写入",
        "输出路径须在已存在、可写的文件夹中，且不能是输入文件");
    public static readonly RuleSpec Internal = new("F04", Severity.Error, RuleKind.Job, "内部错误",
        "工具处理某个输入时自身出错：该输入未完成，其余输入照常检查和生成");
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
    public static readonly RuleSpec TextLost = new("T06", Severity.Error, RuleKind.Data, "内容会在文档中丢失",
        "每张表、每个标题、叙述的每个字都须原样进入文档；做不到时不生成，并指出会丢失什么");
    public static readonly RuleSpec ImportPageArtefact = new("I01", Severity.Warning, RuleKind.Data, "页码或页眉页脚已忽略",
        "导入时忽略“-3-”“— 3 —”“第3页”等分页产生的行");
    public static readonly RuleSpec ImportRejoined = new("I02", Severity.Warning, RuleKind.Data, "被分页断开的段落已合并",
        "段落末尾没有句末标点、下一段不是标题或编号时，视为同一段落被分页断开");
    public static readonly RuleSpec ImportHeading = new("I03", Severity.Warning, RuleKind.Data, "部分标题与2021年格式措辞不同",
        "标题措辞保留在 report.json 的 headings 中，重新生成时沿用");
    public static readonly RuleSpec ImportMissingSection = new("I04", Severity.Warning, RuleKind.Data, "缺少部分",
        "年报应包含六个部分：总体情况、主动公开、依申请公开、复议诉讼、问题及改进、其他事项");
    public static readonly RuleSpec ImportTrialFormat = new("I05", Severity.Warning, RuleKind.Data, "使用了已废止的2019年试行格式",
        "自2021年度报告起应使用国办公开办函〔2021〕30号格式，不再使用国办公开办函〔2019〕60号试行格式");
    public static readonly RuleSpec ImportHybridFormat = new("I06", Severity.Warning, RuleKind.Data, "新旧格式混用",
        "2021年格式的表三中“（六）其他处理”分为三行，不再是一行");
    public static readonly RuleSpec ImportUnplaced = new("I07", Severity.Error, RuleKind.Data, "无法归位的表格内容",
        "表格中的每一行、每个数字都应能对应到官方表格的单元格");
    public static readonly RuleSpec ImportStrayText = new("I08", Severity.Warning, RuleKind.Data, "无法归位的文字",
        "文字应属于标题、开篇段落或六个部分之一");
    public static readonly RuleSpec ImportMissingData = new("I09", Severity.Error, RuleKind.Data, "缺少表格数据",
        "官方表格的每个单元格都应有数字");
    public static readonly RuleSpec ImportArtefact = new("I10", Severity.Warning, RuleKind.Data, "表格转换残留已忽略",
        "PDF 转文本时合并单元格被拆开、数字重复等残留，不属于官方表格的数据");
    public static readonly RuleSpec ImportNoTitle = new("I11", Severity.Error, RuleKind.Job, "无法识别报告标题",
        "标题应写明机关名称与年度，如“某某市某某局2023年政府信息公开工作年度报告”");
    public static readonly RuleSpec ImportUnsupported = new("I12", Severity.Error, RuleKind.Job, "不支持的文件类型",
        "可导入纯文本（.txt/.md）或 Word 文档（.docx）");
    public static readonly RuleSpec ImportHeaderGuessed = new("I13", Severity.Warning, RuleKind.Data, "表头无法识别，按官方列序读取",
        "表头应与官方表格一致，否则无法确认每列数字的含义");

    public static readonly ImmutableArray<RuleSpec> All =
    [
        R1, R2, R4, R5, R6, R7, R8, R9, R10,
        MissingFile, Unreadable, Unwritable, Internal,
        MissingRow, UnknownRow, DuplicateRow, MissingColumn, UnknownColumn, NotANumber, Placeholder, NearMissLabel, BadShape,
        BadMetadata, UnknownMetadataKey,
        TemplateSyntax, TemplateName, TemplateLimit, TemplateInclude, TemplateMissing, TextLost,
        ImportPageArtefact, ImportRejoined, ImportHeading, ImportMissingSection, ImportTrialFormat, ImportHybridFormat,
        ImportUnplaced, ImportStrayText, ImportMissingData, ImportArtefact, ImportNoTitle, ImportUnsupported, ImportHeaderGuessed,
    ];

    public static RuleSpec Get(string id) => All.First(r => r.Id == id);
}
