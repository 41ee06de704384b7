using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;

namespace ReportGen.Validate.Content;

/// <summary>
/// N08: 条例第五十条 — a department publishes by 31 January, a people's government by 31 March of the
/// following year. A warning: a late report still has to be published, so it must still build.
/// Without agencyKind the later deadline applies, so no department is told off by a guess.
/// </summary>
internal sealed class LatePublicationRule : IContentRule
{
    // FluentValidation builds rules from expression trees, which Native AOT interprets: the rules are
    // built on first use, by a report that has something for them to check, not by every `check`.
    private static readonly Lazy<Rules> Validator = new(() => new Rules());

    public IEnumerable<Diagnostic> Check(Report report) =>
        report.Metadata is { PublishDate: null, Signature: null } ? []
        : ValidationFindings.Of(Validator.Value.Validate(report.Metadata), _ => Prose.MetadataLocation(report));

    private static DateOnly? Published(ReportMetadata m) => m.PublishDate ?? m.Signature?.Date;

    public static DateOnly Deadline(ReportMetadata m) =>
        m.Kind == AgencyKind.Department ? new(m.Year + 1, 1, 31) : new(m.Year + 1, 3, 31);

    private static string Who(ReportMetadata m) => m.Kind switch
    {
        AgencyKind.Department => "政府部门",
        AgencyKind.Government => "人民政府",
        _ => "年报",
    };

    private sealed class Rules : AbstractValidator<ReportMetadata>
    {
        public Rules() =>
            RuleFor(m => Published(m)!.Value).LessThanOrEqualTo(m => Deadline(m)).OverridePropertyName("publishDate")
                .When(m => Published(m) is not null)
                .WithMessage(m => $"发布日期为 {TemplateModel.ChineseDate(Published(m)!.Value)}，晚于{Who(m)}的法定期限 {TemplateModel.ChineseDate(Deadline(m))}（条例第五十条）")
                .Finding(RuleCatalog.N08, m => m.Kind == AgencyKind.Unspecified
                    ? "请核对发布日期；report.json 写明 \"agencyKind\": \"department\"（政府部门，1月31日前）或 \"government\"（人民政府，3月31日前）后按相应期限核对"
                    : "请核对发布日期；逾期发布的，请在第六部分说明原因");
    }
}
