namespace ReportGen.Import;

/// <summary>
/// The labels of the 2019 trial format (国办公开办函〔2019〕60号) that the 2021 format dropped, so an
/// outdated report is recognised rather than misread (format.md §7). Only what still means the same
/// thing in 2021 maps to a 2021 column; the rest is reported, never folded into another cell.
/// </summary>
internal static class TrialFormat2019
{
    public const string Name = "国办公开办函〔2019〕60号";

    /// <summary>表二 column labels of 2019 → the 2021 column they equal, or null.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ActiveColumns = new Dictionary<string, string?>
    {
        ["本年新制作数量"] = null,
        ["本年新公开数量"] = null,
        ["对外公开总数量"] = null,
        ["上一年项目数量"] = null,
        ["本年增/减"] = null,
        ["本年增减"] = null,
        ["处理决定数量"] = "decisions",
        ["采购项目数量"] = null,
        ["采购总金额"] = null,
    };

    /// <summary>表二 row labels of 2019 → the 2021 row, or null.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ActiveRows = new Dictionary<string, string?>
    {
        ["规范性文件"] = "normative",
        ["其他对外管理服务事项"] = null,
        ["政府集中采购"] = null,
    };

    public static readonly IReadOnlyList<string> ActiveBlocks = ["第二十条第（九）项"];

    /// <summary>In 2019 表三 this was one row; 2021 splits it into three.</summary>
    public const string OtherProcessing = "（六）其他处理";

    public static string? Find(IEnumerable<string> labels, string text)
    {
        var normalised = Format.LabelMatcher.Normalise(text);
        return labels.FirstOrDefault(l => Format.LabelMatcher.Normalise(l) == normalised);
    }
}
