using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>
/// What `init` asks of its request, whoever makes it: an agency that can head the report (the text rule of
/// report.json's agency) and a year the 条例 has reports for. The CLI names its options in the messages
/// ("--year 应为…"), the page and the core the fields of the form ("报告年度应为…").
/// </summary>
internal sealed class InitRequestValidator : AbstractValidator<InitRequest>
{
    /// <summary>A name longer than this is no agency's; the page's field and the CLI refuse it alike.</summary>
    public const int MaxAgencyLength = 200;

    // FluentValidation builds rules from expression trees, which Native AOT interprets: built on first use, by `init` only.
    public static readonly Lazy<InitRequestValidator> Options = new(() => new("--agency ", "--year "));

    public static readonly Lazy<InitRequestValidator> Form = new(() => new("机关名称", "报告年度"));

    private readonly string year;

    private InitRequestValidator(string agency, string year)
    {
        this.year = year;
        RuleFor(r => r.Agency).Cascade(CascadeMode.Stop)
            .Must(ReportMetadataValidator.IsOneLine).WithMessage($"{agency}应为机关全称（不能为空，不能含换行等控制字符），例如“某某市某某局”")
            .MaximumLength(MaxAgencyLength).WithMessage($"{agency}过长：机关全称不超过 {MaxAgencyLength} 个字，例如“某某市某某局”");
        RuleFor(r => r.Year).InclusiveBetween(ReportMetadataValidator.FirstYear, ReportMetadataValidator.LastYear)
            .WithMessage(r => NotAYear(r.Year.ToString(CultureInfo.InvariantCulture)));
    }

    public ImmutableArray<string> Problems(InitRequest request) => [.. Validate(request).Errors.Select(e => e.ErrorMessage)];

    /// <summary>
    /// The rules on what a person typed (the CLI's tokens, the page's fields), the year as text: one that
    /// is no number is told so in the same words, and the agency is still checked.
    /// </summary>
    public ImmutableArray<string> Problems(string folder, string agency, string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Problems(new InitRequest(folder, agency, number))
            : [.. this.Validate(new InitRequest(folder, agency, default), o => o.IncludeProperties(nameof(InitRequest.Agency))).Errors.Select(e => e.ErrorMessage), NotAYear(year)];

    private string NotAYear(string given) =>
        $"{year}应为 {ReportMetadataValidator.FirstYear} 至 {ReportMetadataValidator.LastYear} 之间的年度（四位数字），而不是“{given}”";
}
