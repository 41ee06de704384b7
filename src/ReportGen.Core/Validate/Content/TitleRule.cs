using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate.Content;

/// <summary>N06: a title override must be "…政府信息公开工作年度报告" of the report year (docs/format.md, "Sections").</summary>
internal sealed partial class TitleRule : IContentRule
{
    // FluentValidation builds rules from expression trees, which Native AOT interprets: the rules are
    // built on first use, by a report that has something for them to check, not by every `check`.
    private static readonly Lazy<Rules> Validator = new(() => new Rules());

    public const string Ending = "政府信息公开工作年度报告";

    /// <summary>Without 工作: how many agencies title it (沭阳县发展和改革局 2023); not wrong in substance.</summary>
    public const string ShortEnding = "政府信息公开年度报告";

    public IEnumerable<Diagnostic> Check(Report report) =>
        report.Metadata.Title is null ? []
        : ValidationFindings.Of(Validator.Value.Validate(report.Metadata), _ => Prose.MetadataLocation(report));

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex Year();

    private static int? TitleYear(string title) =>
        Year().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private sealed class Rules : AbstractValidator<ReportMetadata>
    {
        public Rules()
        {
            RuleFor(m => m.Title!).Must(t => Compact(t).EndsWith(Ending, StringComparison.Ordinal) || Compact(t).EndsWith(ShortEnding, StringComparison.Ordinal))
                .When(m => m.Title is not null)
                .WithMessage(m => $"report.json 的标题“{m.Title}”不是“……{Ending}”")
                .Finding(RuleCatalog.N06, m => $"年报的标题应为“{m.Agency}{m.Year}年{Ending}”；不写 title 即用这个标题");
            RuleFor(m => m.Title!).Must((m, t) => TitleYear(t) is not { } y || y == m.Year)
                .When(m => m.Title is not null)
                .WithMessage(m => $"report.json 的标题“{m.Title}”写的是 {TitleYear(m.Title!)} 年，而报告年度为 {m.Year} 年")
                .Finding(RuleCatalog.N06, _ => "请核对标题中的年份与 report.json 的 year");
        }
    }
}
