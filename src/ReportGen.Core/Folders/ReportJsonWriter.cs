using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Folders;

/// <summary>
/// Writes report.json with Utf8JsonWriter (no reflection, Native AOT clean). Chinese stays readable:
/// people edit this file by hand, and \uXXXX escapes would make that impossible.
/// </summary>
internal static class ReportJsonWriter
{
    public static string Write(ReportMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json.JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteString("agency", metadata.Agency);
            json.WriteNumber("year", metadata.Year);
            if (metadata.PublishDate is { } published)
            {
                json.WriteString("publishDate", Date(published));
            }
            if (metadata.Kind != AgencyKind.Unspecified)
            {
                json.WriteString(Load.AcknowledgementJson.KindKey, metadata.Kind == AgencyKind.Department ? Load.AcknowledgementJson.Department : Load.AcknowledgementJson.Government);
            }
            if (metadata.Title is { } title)
            {
                json.WriteString("title", title);
            }
            if (metadata.Opening is { } opening)
            {
                json.WriteString("opening", opening);
            }
            if (!metadata.Units.IsDefaultOrEmpty)
            {
                json.WriteStartArray("units");
                foreach (var unit in metadata.Units)
                {
                    json.WriteStringValue(unit);
                }
                json.WriteEndArray();
            }
            // Sections in the order of the report, so the file reads like the report does.
            var headings = StatutoryFormat.Sections.Where(s => metadata.Headings.ContainsKey(s.Key)).ToList();
            if (headings.Count > 0)
            {
                json.WriteStartObject("headings");
                foreach (var section in headings)
                {
                    json.WriteString(section.Key, metadata.Headings[section.Key]);
                }
                json.WriteEndObject();
            }
            if (metadata.Signature is { } signature)
            {
                json.WriteStartObject("signature");
                json.WriteString("agency", signature.Agency);
                json.WriteString("date", Date(signature.Date));
                json.WriteEndObject();
            }
            if (!metadata.Acknowledgements.IsDefaultOrEmpty)
            {
                json.WriteStartArray(Load.AcknowledgementJson.AcknowledgedKey);
                foreach (var a in metadata.Acknowledgements)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", a.Rule);
                    if (a.Place is { } place)
                    {
                        json.WriteString("place", place);
                    }
                    json.WriteString("reason", a.Reason);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
