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

    public static readonly RuleSpec N01 = new("N01", Severity.Error, RuleKind.Data, "正文年份与报告年度不符",
        "以往年份作为一句话的主语（“2022年，我局……”“截至2022年底”）像是沿用上年报告；与上年比较（“较2022年增长15%”）、同一句中也写了本年度的不算");
    public static readonly RuleSpec N02 = new("N02", Severity.Error, RuleKind.Data, "留有模板占位文字",
        "正文与 report.json 中不得留有官方模板的“（文字描述）”或 reportgen init 的“（请填写……）”提示");
    public static readonly RuleSpec N03 = new("N03", Severity.Warning, RuleKind.Data, "存在的主要问题及改进情况未认真填写",
        "第五部分为空、只写“无”或只有一句短话（评估中常见的扣分项；与上年雷同见 S01）");
    public static readonly RuleSpec N04 = new("N04", Severity.Warning, RuleKind.Data, "未报告信息处理费收取情况",
        "第六部分应报告收取信息处理费的情况（官方模板：“收取信息处理费情况在此处报告”），未收取的也应写明；2021年度起（信息处理费自2021年1月1日起施行）");
    public static readonly RuleSpec N05 = new("N05", Severity.Error, RuleKind.Data, "称未收取信息处理费而表三有逾期未缴费",
        "表三（六）2“申请人逾期未按收费通知要求缴纳费用”大于0说明本年发出过收费通知，叙述不能称未收取、不涉及信息处理费");
    public static readonly RuleSpec N06 = new("N06", Severity.Error, RuleKind.Data, "标题不规范",
        "report.json 的 title 须以“政府信息公开工作年度报告”（或“政府信息公开年度报告”）结尾，其中的年份须为报告年度");
    public static readonly RuleSpec N07 = new("N07", Severity.Error, RuleKind.Data, "落款或发布日期早于年度结束",
        "落款日期与 publishDate 须晚于报告年度的12月31日：年度未结束，年报不可能写成");
    public static readonly RuleSpec N08 = new("N08", Severity.Warning, RuleKind.Data, "发布日期晚于法定期限",
        "条例第五十条：政府部门（agencyKind: department）1月31日前、人民政府（government）3月31日前公布上一年度年报；未写 agencyKind 的按3月31日");
    public static readonly RuleSpec N09 = new("N09", Severity.Error, RuleKind.Data, "称申请全部办结而有结转",
        "叙述称政府信息公开申请“全部办结”“均已答复”，而表三“四、结转下年度继续办理”大于0");
    public static readonly RuleSpec N10 = new("N10", Severity.Error, RuleKind.Data, "称未发生复议诉讼而表四有案件",
        "叙述称“未发生行政复议、行政诉讼”，而表四相应的总计大于0");
    public static readonly RuleSpec N11 = new("N11", Severity.Error, RuleKind.Data, "称复议诉讼均已审结而表四有尚未审结",
        "叙述称行政复议或行政诉讼“均已审结”“全部结案”，而表四相应的“尚未审结”大于0");
    public static readonly RuleSpec S01 = new("S01", Severity.Warning, RuleKind.Data, "与上年报告雷同",
        "check --previous：每一部分的文字与上年报告同一部分比较（5字片段，忽略数字、空白与标点），相同的比例达到80%即提示，并给出最相似的一段");
    public static readonly RuleSpec S02 = new("S02", Severity.Warning, RuleKind.Data, "与其他单位报告雷同",
        "一次检查多个单位时：每一部分的文字与其他单位同一部分比较（同 S01 的度量），相同的比例达到80%即提示，并给出最相似的单位与段落");
    public static readonly RuleSpec A01 = new("A01", Severity.Error, RuleKind.Data, "汇总报告与各单位之和不符",
        "aggregate --verify：已发布的汇总报告每个单元格须等于所给各单位同一单元格之和（重复给出的单位只计一次）");
    public static readonly RuleSpec A02 = new("A02", Severity.Error, RuleKind.Data, "汇总报告漏列或多列单位",
        "aggregate --verify：给出的单位须都在汇总报告所列单位中（report.json 的 units，或已发布报告“本报告汇总了以下……”一句），所列单位也须都已给出，且年度相同");
    public static readonly RuleSpec A03 = new("A03", Severity.Warning, RuleKind.Data, "单位重复给出",
        "aggregate --verify：同一单位（同一文件夹，或同一机关同一年度）给出了两次，只计一次；核对结果不受影响，故为警告");
    public static readonly RuleSpec K01 = new("K01", Severity.Warning, RuleKind.Data, "确认说明未对应任何问题",
        "report.json 的 acknowledged 中每一项须对应本次检查的一个问题（规则编号与位置），且只能确认警告或基于文字判断的规则");

    public static readonly RuleSpec MissingFile = new("F01", Severity.Error, RuleKind.Job, "文件缺失",
        "报告文件夹须包含 report.json 与三张表的 CSV 文件");
    public static readonly RuleSpec Unreadable = new("F02", Severity.Error, RuleKind.Job, "文件无法读取",
        "文件须为 UTF-8 或 GB18030 编码的文本");
    public static readonly RuleSpec Unwritable = new("F03", Severity.Error, RuleKind.Job, "输出无法写入",
        "输出路径须在已存在、可写的文件夹中，且不能是输入文件");
    public static readonly RuleSpec NoConverter = new("F04", Severity.Error, RuleKind.Job, "无法生成 PDF",
        "生成 .pdf 需要 LibreOffice（soffice）；未安装或转换失败时不写入任何输出文件");
    public static readonly RuleSpec PdfFontSubstituted = new("F06", Severity.Warning, RuleKind.Job, "PDF 未使用公文字体",
        "生成 .pdf 时本机没有文档所用的字体（仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体），LibreOffice 改用了其他中文字体；PDF 照常写入，提示代替的字体");
    public static readonly RuleSpec Internal = new("F05", Severity.Error, RuleKind.Job, "内部错误",
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
    public static readonly RuleSpec ImportJoinedCells = new("I14", Severity.Warning, RuleKind.Data, "连在一起的数字已按求和关系拆分",
        "原文各格数字之间没有分隔时，只在表格的求和关系（或正文写明的数字）只允许一种拆法时才拆分导入，否则整张表不导入");

    public static readonly ImmutableArray<RuleSpec> All =
    [
        R1, R2, R4, R5, R6, R7, R8, R9, R10,
        N01, N02, N03, N04, N05, N06, N07, N08, N09, N10, N11, S01, S02, A01, A02, A03, K01,
        MissingFile, Unreadable, Unwritable, NoConverter, Internal, PdfFontSubstituted,
        MissingRow, UnknownRow, DuplicateRow, MissingColumn, UnknownColumn, NotANumber, Placeholder, NearMissLabel, BadShape,
        BadMetadata, UnknownMetadataKey,
        TemplateSyntax, TemplateName, TemplateLimit, TemplateInclude, TemplateMissing, TextLost,
        ImportPageArtefact, ImportRejoined, ImportHeading, ImportMissingSection, ImportTrialFormat, ImportHybridFormat,
        ImportUnplaced, ImportStrayText, ImportMissingData, ImportArtefact, ImportNoTitle, ImportUnsupported, ImportHeaderGuessed,
        ImportJoinedCells,
    ];

    public static RuleSpec Get(string id) => All.First(r => r.Id == id);
}
