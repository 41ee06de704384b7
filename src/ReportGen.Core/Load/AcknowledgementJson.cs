using System.Collections.Immutable;
using System.Text.Json;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>The report.json fields the content rules read: the kind of agency and the acknowledged findings.</summary>
internal static class AcknowledgementJson
{
    public const string KindKey = "agencyKind";
    public const string AcknowledgedKey = "acknowledged";

    public const string Department = "department";
    public const string Government = "government";

    public static AgencyKind Kind(JsonElement root, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        if (!root.TryGetProperty(KindKey, out var element))
        {
            return AgencyKind.Unspecified;
        }
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        switch (text)
        {
            case Department:
                return AgencyKind.Department;
            case Government:
                return AgencyKind.Government;
            default:
                report(RuleCatalog.BadMetadata, lineOf(KindKey), $"{file} 的“{KindKey}”应为 \"{Department}\"（政府部门，1月31日前公布）或 \"{Government}\"（人民政府，3月31日前公布），而不是 {element.GetRawText()}",
                    $"例如 \"{KindKey}\": \"{Department}\"");
                return AgencyKind.Unspecified;
        }
    }

    public static ImmutableArray<Acknowledgement> Acknowledgements(JsonElement root, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        if (!root.TryGetProperty(AcknowledgedKey, out var element))
        {
            return [];
        }
        var line = lineOf(AcknowledgedKey);
        const string Example = "例如 \"acknowledged\": [ { \"rule\": \"R7\", \"place\": \"active.csv:3\", \"reason\": \"2件规范性文件有效期届满自动失效，未经废止\" } ]";
        if (element.ValueKind != JsonValueKind.Array)
        {
            report(RuleCatalog.BadMetadata, line, $"{file} 的“{AcknowledgedKey}”应为数组", Example);
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Acknowledgement>();
        foreach (var item in element.EnumerateArray())
        {
            string? Text(string key) =>
                item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                    ? v.GetString()!.Trim()
                    : null;
            var (rule, place, reason) = (Text("rule"), Text("place"), Text("reason"));
            if (rule is null || reason is null)
            {
                report(RuleCatalog.BadMetadata, line, $"{file} 的“{AcknowledgedKey}”中每一项都须写明 rule（规则编号）和 reason（理由）：{item.GetRawText()}", Example);
                continue;
            }
            result.Add(new Acknowledgement(rule, place, reason, line));
        }
        return result.ToImmutable();
    }
}
