using FluentValidation;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>
/// report.json's rules on its values (M01): a year the 条例 has reports for, and texts that are text —
/// not blank, and on one line (the opening may have paragraphs), since the agency and the title become
/// headings. The JSON's shape (a key missing, a value of the wrong type, a date that is no date) is the
/// loader's (Load/MetadataJsonLoader): it needs the document and comes before there is an object. The
/// loader runs this on the <see cref="ReportMetadata"/> it read; a failure's property name is the JSON
/// key, so the loader places the finding at that key's line.
/// </summary>
internal sealed class ReportMetadataValidator : AbstractValidator<ReportMetadata>
{
    /// <summary>The years a report can be for: the 条例 applies from 2008.</summary>
    public const int FirstYear = 2008, LastYear = 2100;

    // FluentValidation builds rules from expression trees, which Native AOT interprets: built once, on first use.
    public static readonly Lazy<ReportMetadataValidator> Instance = new(() => new());

    private ReportMetadataValidator()
    {
        RuleFor(m => m.Agency).Text("agency");
        RuleFor(m => m.Year).InclusiveBetween(FirstYear, LastYear).OverridePropertyName("year")
            .WithMessage(m => $"{m.File} 的年度 {m.Year} 不可能：政府信息公开条例自 {FirstYear} 年施行")
            .Finding(RuleCatalog.BadMetadata, _ => "请填写报告所统计的年度，例如 2023");
        RuleFor(m => m.Title!).Text("title").When(m => m.Title is not null);
        RuleFor(m => m.Opening!).Text("opening", paragraphs: true).When(m => m.Opening is not null);
        // A signature that names the agency itself (or names none: it is the agency's) was checked as the agency.
        RuleFor(m => m.Signature!.Agency).Text("agency").OverridePropertyName("signature")
            .When(m => m.Signature is not null && m.Signature.Agency != m.Agency);
    }

    /// <summary>
    /// Whether every rule holds, asked of the rules' own predicates without building the validator: nearly
    /// every report.json breaks none, and FluentValidation's expression trees are interpreted under Native AOT
    /// (building and running this one was 4 % of the instructions of a `check` of the sample, bench/instructions.sh).
    /// ReportMetadataValidatorTests holds the two to the same answer.
    /// </summary>
    public static bool Holds(ReportMetadata m) =>
        m.Year is >= FirstYear and <= LastYear && IsOneLine(m.Agency)
        && (m.Title is null || IsOneLine(m.Title))
        && (m.Opening is null || (!IsBlank(m.Opening) && !HasControl(m.Opening, paragraphs: true)))
        && (m.Signature is null || m.Signature.Agency == m.Agency || IsOneLine(m.Signature.Agency));

    /// <summary>Text a heading or a line of the document can be made of: not blank, no line break or other control character.</summary>
    public static bool IsOneLine(string text) => !IsBlank(text) && !HasControl(text);

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A line break, tab or other control character; with <paramref name="paragraphs"/> line breaks are text.</summary>
    public static bool HasControl(string text, bool paragraphs = false) => text.Any(c => char.IsControl(c) && !(paragraphs && c is '\n' or '\r'));

    /// <summary>What a value that is not text (or blank text) is told: the loader says it of a value of another JSON type.</summary>
    public static (string Message, string Hint) NotText(string file, string key) => ($"{file} 的“{key}”应为非空文本", $"请写成 \"{key}\": \"…\"");
}

/// <summary>The text rule of report.json, on one property.</summary>
file static class TextRule
{
    public static IRuleBuilderOptions<ReportMetadata, string> Text(this IRuleBuilderInitial<ReportMetadata, string> rule, string key, bool paragraphs = false) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(t => !ReportMetadataValidator.IsBlank(t))
            .WithMessage(m => ReportMetadataValidator.NotText(m.File, key).Message)
            .Finding(RuleCatalog.BadMetadata, m => ReportMetadataValidator.NotText(m.File, key).Hint)
            .Must(t => !ReportMetadataValidator.HasControl(t, paragraphs))
            .WithMessage(m => $"{m.File} 的“{key}”含换行或控制字符")
            .Finding(RuleCatalog.BadMetadata, _ => $"请把“{key}”写在一行内，删去换行、制表符等控制字符")
            .OverridePropertyName(key);
}
