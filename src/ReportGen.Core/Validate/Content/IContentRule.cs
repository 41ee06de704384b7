using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>A rule about what a report says (its prose and report.json), beyond the arithmetic of its tables.</summary>
internal interface IContentRule
{
    IEnumerable<Diagnostic> Check(Report report);
}
