using System.Collections.Immutable;
using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Render;

/// <summary>
/// `indicators` in a template, computed when a template first looks into it: the shipped templates
/// never do, so a `check` of a report folder pays nothing for them (see <see cref="LazyBuiltins"/>).
/// Names are looked up (`indicators.disclosure_rate.percent`); a `for` over the container itself is
/// not supported (Scriban's member listing cannot be overridden), and the README only documents lookups.
/// </summary>
internal sealed class LazyIndicators : ScriptObject
{
    private readonly Func<ImmutableArray<Indicator>> compute;
    private bool loaded;

    public LazyIndicators(Func<ImmutableArray<Indicator>> compute) : base(0, autoImportStaticsFromThisType: false) => this.compute = compute;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        Load();
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool Contains(string member)
    {
        Load();
        return base.Contains(member);
    }

    /// <summary>Fills the indicators in, once.</summary>
    public LazyIndicators Load()
    {
        if (!loaded)
        {
            loaded = true;
            foreach (var indicator in compute())
            {
                this[indicator.Spec.Key] = new IndicatorScriptObject(indicator);
            }
        }
        return this;
    }
}
