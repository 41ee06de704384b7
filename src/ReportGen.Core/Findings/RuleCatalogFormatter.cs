using ReportGen.Format;
using ReportGen.Json;

namespace ReportGen.Findings;

/// <summary>Prints <see cref="RuleCatalog"/>: the same list the validator, the SARIF driver and the README use.</summary>
internal sealed class RuleCatalogFormatter
{
    public void Write(TextWriter writer, bool json)
    {
        if (!json)
        {
            foreach (var rule in RuleCatalog.All)
            {
                var severity = rule.Severity == Severity.Error ? "error" : "warning";
                var exit = rule.Severity == Severity.Error ? (rule.Kind == RuleKind.Job ? 2 : 1) : 0;
                writer.WriteLine($"{rule.Id}\t{severity}\t退出码 {exit}\t{rule.Title}：{rule.Compares}");
            }
            return;
        }
        JsonText.Write(writer, w =>
        {
            w.WriteStartArray();
            foreach (var rule in RuleCatalog.All)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteString("severity", rule.Severity == Severity.Error ? "error" : "warning");
                w.WriteString("kind", rule.Kind == RuleKind.Job ? "job" : "data");
                w.WriteString("title", rule.Title);
                w.WriteString("compares", rule.Compares);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }
}
