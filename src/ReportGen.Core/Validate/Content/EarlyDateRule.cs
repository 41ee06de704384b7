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
        : Validator.Value.Validate(report.Metadata).Errors.Select(e => e.CustomState).OfType<(string Message, string Hint)>()
            .Select(x => new Diagnostic(RuleCatalog.N07, Prose.MetadataLocation(report), x.Message, x.Hint));

    private static DateOnly YearEnd(ReportMetadata m) => new(m.Year, 12, 31);

    private static (string, string) Finding(string what, DateOnly date, ReportMetadata m) =>
        ($"{what}为 {TemplateModel.ChineseDate(date)}，早于报告年度结束（{TemplateModel.ChineseDate(YearEnd(m))}）",
         $"请核对 report.json 的日期与 year：{m.Year} 年度的报告应在 {m.Year + 1} 年发布");

    private sealed class Rules : AbstractValidator<ReportMetadata>
    {
        public Rules()
        {
            RuleFor(m => m.PublishDate).Must((m, d) => d!.Value > YearEnd(m))
                .When(m => m.PublishDate is not null)
                .WithState(m => (object)Finding("发布日期（publishDate）", m.PublishDate!.Value, m));
            RuleFor(m => m.Signature).Must((m, s) => s!.Date > YearEnd(m))
                .When(m => m.Signature is not null && m.Signature.Date != m.PublishDate)
                .WithState(m => (object)Finding("落款日期（signature.date）", m.Signature!.Date, m));
        }
    }
}
