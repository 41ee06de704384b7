using System.Text.Json;
using ReportGen.Format;
using ReportGen.Json;
using ReportGen.Model;

namespace ReportGen.Findings;

/// <summary>
/// The documented, versioned JSON document of `check --format json`. Written by hand with
/// Utf8JsonWriter: no reflection, so it works under Native AOT. Bump <see cref="Version"/> on any
/// change that removes or renames a field.
/// </summary>
internal sealed class JsonFindingsFormatter
{
    public const int Version = 1;

    public void Write(TextWriter writer, IReadOnlyList<ReportFindings> outcomes) =>
        JsonText.Write(writer, json => Write(json, outcomes));

    private static void Write(Utf8JsonWriter json, IReadOnlyList<ReportFindings> outcomes)
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartArray("diagnostics");
        foreach (var outcome in outcomes)
        {
            foreach (var d in outcome.Diagnostics)
            {
                WriteDiagnostic(json, d, outcome.Folder);
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("reports");
        foreach (var outcome in outcomes)
        {
            json.WriteStartObject();
            json.WriteString("folder", outcome.Folder);
            json.WriteString("agency", outcome.Report?.Metadata.Agency);
            json.WriteNumber("errors", outcome.Errors);
            json.WriteNumber("warnings", outcome.Warnings);
            WriteIndicators(json, outcome);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", outcomes.Sum(o => o.Errors));
        json.WriteNumber("warnings", outcomes.Sum(o => o.Warnings));
        json.WriteNumber("exitCode", outcomes.Count == 0 ? 0 : outcomes.Max(o => (int)o.ExitCode));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d, string folder)
    {
        json.WriteStartObject();
        json.WriteString("rule", d.Rule.Id);
        json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
        json.WriteString("file", d.Location?.File ?? folder);
        WriteLocationNumbers(json, d.Location);
        json.WriteString("table", d.Table);
        json.WriteString("row", d.Row);
        json.WriteString("col", d.Column);
        WriteNumbersOrNull(json, ("expected", d.Expected), ("actual", d.Actual), ("difference", d.Difference));
        json.WriteStartArray("operands");
        foreach (var o in d.Operands)
        {
            json.WriteStartObject();
            json.WriteString("row", o.Row);
            json.WriteString("col", o.Column);
            json.WriteNumber("value", o.Value);
            json.WriteString("file", o.Location?.File);
            WriteLocationNumbers(json, o.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("message", SafeText.Of(d.Message));
        json.WriteString("hint", SafeText.Of(d.Hint));
        json.WriteString("acknowledged", d.AcknowledgedReason is { } ack ? SafeText.Of(ack) : null);
        json.WriteEndObject();
    }

    /// <summary>The indicators of the report (README, "Indicators"), computed only here, when JSON is asked for; null when the report could not be read.</summary>
    private static void WriteIndicators(Utf8JsonWriter json, ReportFindings outcome)
    {
        if (outcome.Report is not { } report)
        {
            json.WriteNull("indicators");
            return;
        }
        json.WriteStartObject("indicators");
        foreach (var i in Indicators.Of(report, outcome.Previous))
        {
            json.WriteStartObject(i.Spec.Key);
            json.WriteString("name", i.Spec.Name);
            WriteNumberOrNull(json, "percent", i.Percent);
            json.WriteNumber("numerator", i.Numerator);
            json.WriteNumber("denominator", i.Denominator);
            json.WriteString("reason", i.Reason);
            WriteNumbersOrNull(json, ("previousPercent", i.PreviousPercent), ("change", i.Change), ("growth", i.Growth));
            json.WriteString("changeReason", i.ChangeReason);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Line and column; in a workbook also the sheet and the cell ("表三", "D7"), where line and column are its row and column numbers.</summary>
    private static void WriteLocationNumbers(Utf8JsonWriter json, SourceLocation? location)
    {
        WriteNumberOrNull(json, "line", location is { Line: > 0 } ? location.Line : null);
        WriteNumberOrNull(json, "column", location is { Column: > 0 } ? location.Column : null);
        json.WriteString("sheet", location?.Sheet);
        json.WriteString("cell", location?.Cell);
    }

    private static void WriteNumbersOrNull(Utf8JsonWriter json, params ReadOnlySpan<(string Name, decimal? Value)> fields)
    {
        foreach (var (name, value) in fields)
        {
            WriteNumberOrNull(json, name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
