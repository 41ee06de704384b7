using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportGen.Format;
using ReportGen.Json;
using ReportGen.Model;

namespace ReportGen.Findings;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: the rule catalogue as tool.driver.rules, a result per
/// finding with its physical location, and a fingerprint that survives lines moving.
/// </summary>
internal sealed class SarifFindingsFormatter
{
    public const string InformationUri = "https://github.com/reportgen/reportgen";

    public void Write(TextWriter writer, IReadOnlyList<ReportFindings> outcomes) =>
        JsonText.Write(writer, json => Write(json, outcomes));

    private static void Write(Utf8JsonWriter json, IReadOnlyList<ReportFindings> outcomes)
    {
        var rules = RuleCatalog.All;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ReportGen");
        json.WriteString("version", typeof(SarifFindingsFormatter).Assembly.GetName().Version?.ToString(3));
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Compares);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var outcome in outcomes)
        {
            foreach (var d in outcome.Diagnostics)
            {
                WriteResult(json, d, outcome.Folder, rules.IndexOf(d.Rule));
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, string folder, int ruleIndex)
    {
        var file = d.Location?.File ?? folder;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", SafeText.Of($"{d.Message}。{d.Hint}"));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(file));
        json.WriteEndObject();
        if (d.Location is { Line: > 0 } location)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                json.WriteNumber("startColumn", location.Column);
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.AcknowledgedReason is { } reason)
        {
            // SARIF's word for a finding someone looked at and accepted: viewers show it as suppressed.
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString("reportgenCell/v1", Fingerprint(d, file));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>Relative paths with forward slashes, each segment percent-encoded (folder names are often Chinese).</summary>
    private static string Uri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(s => s == ".." || s == "." ? s : System.Uri.EscapeDataString(s)));

    /// <summary>Rule, file and cell, not the line: the same finding keeps its identity when lines move.</summary>
    private static string Fingerprint(Diagnostic d, string file)
    {
        var identity = $"{d.Rule.Id}|{file}|{d.Table}|{d.Row}|{d.Column}|{(d.Table is null ? d.Message : string.Empty)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }
}
