using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Findings;

/// <summary>GitHub Actions workflow commands: one "::error file=…,line=…,col=…,title=R1::message" per finding.</summary>
internal sealed class GitHubFindingsFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<ReportFindings> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            foreach (var d in outcome.Diagnostics)
            {
                var properties = new List<string> { $"file={Property(d.Location?.File ?? outcome.Folder)}" };
                if (d.Location is { Line: > 0 } location)
                {
                    properties.Add($"line={location.Line}");
                    if (location.Column > 0)
                    {
                        properties.Add($"col={location.Column}");
                    }
                }
                properties.Add($"title={Property($"{d.Rule.Id} {d.Rule.Title}")}");
                var command = d.AcknowledgedReason is not null ? "notice" : d.Severity == Severity.Error ? "error" : "warning";
                var acknowledged = d.AcknowledgedReason is { } reason ? $"（已确认：{reason}）" : string.Empty;
                writer.WriteLine($"::{command} {string.Join(',', properties)}::{Data($"{d.Message}。{d.Hint}{acknowledged}")}");
            }
        }
    }

    /// <summary>The escaping the runner requires for a command's message.</summary>
    public static string Data(string text) => SafeText.Of(text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>Property values additionally escape the characters that separate properties.</summary>
    public static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
