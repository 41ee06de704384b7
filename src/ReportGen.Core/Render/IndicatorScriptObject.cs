using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Render;

/// <summary>
/// `indicators.KEY` in a template (README, "Indicators"). A value that cannot be computed (a zero
/// denominator, no last year's report) is not printed as nothing: using it is a template finding
/// that says why, as an unknown name is, unless the template asks `available` / `has_change` /
/// `has_growth` first. So "同比增长%" with the figure missing never reaches a report.
/// </summary>
internal sealed class IndicatorScriptObject : ScriptObject
{
    /// <summary>Starts the message of the exception a missing value raises; <see cref="ScribanTemplateRenderer"/> words the finding.</summary>
    public const string Unavailable = "reportgen-indicator-unavailable:";

    private readonly Dictionary<string, string> missing = new(StringComparer.Ordinal);
    private readonly string key;

    public IndicatorScriptObject(Indicator indicator) : base(12, autoImportStaticsFromThisType: false)
    {
        key = indicator.Spec.Key;
        this["name"] = indicator.Spec.Name;
        this["numerator"] = indicator.Numerator;
        this["denominator"] = indicator.Denominator;
        this["available"] = indicator.Percent is not null;
        this["reason"] = indicator.Reason ?? string.Empty;
        this["has_change"] = indicator.Change is not null;
        this["has_growth"] = indicator.Growth is not null;
        Set("percent", indicator.Percent, indicator.Reason);
        Set("previous", indicator.PreviousPercent, indicator.ChangeReason);
        Set("change", indicator.Change, indicator.ChangeReason);
        Set("growth", indicator.Growth, indicator.ChangeReason);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        // Only a template's own access (with its context) fails; code reading the model (the README's list of names) does not.
        if (context is not null && missing.TryGetValue(member, out var reason))
        {
            throw new ScriptRuntimeException(span, $"{Unavailable}indicators.{key}.{member}:{reason}");
        }
        return base.TryGetValue(context, span, member, out value);
    }

    private void Set(string member, decimal? value, string? reason)
    {
        this[member] = value;
        if (value is null)
        {
            missing[member] = reason ?? string.Empty;
        }
    }
}
