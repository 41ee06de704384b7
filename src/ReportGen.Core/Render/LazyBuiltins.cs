using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Render;

/// <summary>
/// Scriban's builtin functions (string.*, math.*, date.*…), imported only when a template looks past
/// the report model for a name. Building them reflects over every builtin method, which under Native
/// AOT was about a quarter of a `build` process; the shipped templates never need them, while a
/// changed template that calls one still gets exactly the default set.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private bool loaded;

    // No import of this type's statics: there are none, and the reflection would cost what we save.
    public LazyBuiltins() : base(0, autoImportStaticsFromThisType: false)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        Load().BaseTryGetValue(context, span, member, out value);

    public override bool Contains(string member) => Load().BaseContains(member);

    public override bool CanWrite(string member) => Load().BaseCanWrite(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        Load().BaseTrySetValue(context, span, member, value, readOnly);

    public override bool Remove(string member) => Load().BaseRemove(member);

    public override void SetReadOnly(string member, bool readOnly) => Load().BaseSetReadOnly(member, readOnly);

    public override IScriptObject Clone(bool deep) => Load().BaseClone(deep);

    public override void CopyTo(ScriptObject dest) => Load().BaseCopyTo(dest);

    public override string ToString(string? format, IFormatProvider? formatProvider) => Load().BaseToString(format, formatProvider);

    private LazyBuiltins Load()
    {
        if (!loaded)
        {
            loaded = true;
            TemplateContext.GetDefaultBuiltinObject().CopyTo(this);
        }
        return this;
    }

    private bool BaseTryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        base.TryGetValue(context, span, member, out value);

    private bool BaseContains(string member) => base.Contains(member);

    private bool BaseCanWrite(string member) => base.CanWrite(member);

    private bool BaseTrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        base.TrySetValue(context, span, member, value, readOnly);

    private bool BaseRemove(string member) => base.Remove(member);

    private void BaseSetReadOnly(string member, bool readOnly) => base.SetReadOnly(member, readOnly);

    private IScriptObject BaseClone(bool deep) => base.Clone(deep);

    private void BaseCopyTo(ScriptObject dest) => base.CopyTo(dest);

    private string BaseToString(string? format, IFormatProvider? formatProvider) => base.ToString(format, formatProvider);
}
