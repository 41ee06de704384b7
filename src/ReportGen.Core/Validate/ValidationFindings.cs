using FluentValidation;
using FluentValidation.Results;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>
/// Where FluentValidation meets the findings, both ways and once. A validator's rule says which finding it
/// is with <see cref="Finding"/> (the rule id as error code, the catalogue's severity, the hint as custom
/// state: FluentValidation has no field for a hint); <see cref="Of"/> turns the failures back into
/// <see cref="Diagnostic"/>s, the rule looked up by its id in <see cref="RuleCatalog"/>.
/// </summary>
internal static class ValidationFindings
{
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, RuleSpec spec, Func<T, string> hint) =>
        rule.WithErrorCode(spec.Id)
            .WithSeverity(spec.Severity == Format.Severity.Error ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning)
            .WithState(hint);

    /// <summary>Each failure as a finding at the place <paramref name="at"/> gives it (a failure knows its property, not its line).</summary>
    public static IEnumerable<Diagnostic> Of(ValidationResult result, Func<ValidationFailure, SourceLocation?> at) =>
        result.Errors.Select(f => new Diagnostic(RuleCatalog.Get(f.ErrorCode), at(f), f.ErrorMessage, f.CustomState as string ?? string.Empty));
}
