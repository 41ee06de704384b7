using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;

namespace ReportGen.Validate.Content;

/// <summary>N07: the report of a year cannot be signed or published before that year has ended.</summary>
internal sealed class EarlyDateRule : IContentRule
{
    // FluentValidation builds rules from expression trees, which Native AOT interprets: the rules are
    // built on first use, by a report that has something for them to check, not by every `check`.
    private static readonly Lazy<Rules> Validator = new(() => new Rules());

    public IEnumerable<Diagnostic> Check(Report report) =>
        report.Metadata is { PublishDate: null, Signature: null } ? []
        : ValidationFindings.Of(Validator.Value.Validate(report.Metadata), _ => Prose.MetadataLocation(report));

    private static DateOnly YearEnd(ReportMetadata m) => new(m.Year, 12, 31);

    private static string Early(string what, DateOnly date, ReportMetadata m) =>
        $"{what}为 {TemplateModel.ChineseDate(date)}，早于报告年度结束（{TemplateModel.ChineseDate(YearEnd(m))}）";

    private static string Hint(ReportMetadata m) => $"请核对 report.json 的日期与 year：{m.Year} 年度的报告应在 {m.Year + 1} 年发布";

    private sealed class Rules : AbstractValidator<ReportMetadata>
    {
        public Rules()
        {
            RuleFor(m => m.PublishDate!.Value).GreaterThan(m => YearEnd(m))
                .When(m => m.PublishDate is not null)
                .WithMessage(m => Early("发布日期（publishDate）", m.PublishDate!.Value, m))
                .Finding(RuleCatalog.N07, Hint);
            // A signature dated as the publication says nothing new: one finding for the one date.
            RuleFor(m => m.Signature!.Date).GreaterThan(m => YearEnd(m))
                .When(m => m.Signature is not null && m.Signature.Date != m.PublishDate)
                .WithMessage(m => Early("落款日期（signature.date）", m.Signature!.Date, m))
                .Finding(RuleCatalog.N07, Hint);
        }
    }
}
