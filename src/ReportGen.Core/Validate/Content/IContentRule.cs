using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>
/// A check of what a report says (its prose and report.json) beyond the arithmetic of its tables:
/// it reads the report itself rather than the table facts. Registered in <see cref="ReportChecks"/>.
/// </summary>
internal interface IContentRule : IReportCheck
{
    IEnumerable<Diagnostic> Check(Report report);

    IEnumerable<Diagnostic> IReportCheck.Check(ReportFacts facts) => Check(facts.Report);
}
