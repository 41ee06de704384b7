using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Render;

/// <summary>
/// Renders a narrative file or the skeleton with Scriban. Unknown names are errors (a typo must not
/// print an empty figure into a statutory report); loops and recursion are bounded; includes stay
/// inside the template set.
/// </summary>
internal sealed partial class ScribanTemplateRenderer(TemplateSet templates)
{
    public const int LoopLimit = 10_000;
    public const int RecursiveLimit = 64;

    /// <summary>
    /// No template of a report needs more than a fraction of a second; one that runs longer (exponential
    /// recursion within the depth limit, a slow regex in a loop) is stopped with T03, not left for hours.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    /// <summary>No report is this long; a template that writes more is running away.</summary>
    public const int OutputLimit = 4 * 1024 * 1024;

    public Outcome<string> Render(string text, string file, ScriptObject model)
    {
        var template = Template.Parse(text, file);
        if (template.HasErrors)
        {
            return new Outcome<string>(null,
            [
                .. template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m =>
                    Finding(RuleCatalog.TemplateSyntax, file, m.Span, $"{file} 模板语法错误：{m.Message}", "请检查 {{ 与 }} 是否成对、语句是否完整")),
            ]);
        }
        using var budget = new CancellationTokenSource(TimeBudget);
        var context = new TemplateContext(new LazyBuiltins())
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            // No cut-off on turning a value into text: a long narrative must arrive whole (OutputLimit bounds the whole).
            LimitToString = 0,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = budget.Token,
            TemplateLoader = new ContainedTemplateLoader(templates),
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(model);
        try
        {
            var output = template.Render(context);
            return output.Length > OutputLimit
                ? new Outcome<string>(null, [Finding(RuleCatalog.TemplateLimit, file, default, $"{file} 生成的文字超过 {OutputLimit / 1024 / 1024} MB", "请检查模板中的循环")])
                : new Outcome<string>(output, []);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return new Outcome<string>(null, [Finding(RuleCatalog.TemplateLimit, file, default, $"{file} 运行超过 {TimeBudget.TotalSeconds:0} 秒，已中止", "请检查模板中的递归与循环：报告模板不需要这么久")]);
        }
        catch (ScriptAbortException)
        {
            return new Outcome<string>(null, [Finding(RuleCatalog.TemplateLimit, file, default, $"{file} 的运行被中止", "请检查模板中的循环")]);
        }
        catch (ScriptRuntimeException e)
        {
            return new Outcome<string>(null, [Classify(e, file)]);
        }
    }

    private static Diagnostic Classify(ScriptRuntimeException e, string file)
    {
        var message = e.OriginalMessage ?? e.Message;
        if (message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("recursi", StringComparison.OrdinalIgnoreCase))
        {
            return Finding(RuleCatalog.TemplateLimit, file, e.Span, $"{file} 超出运行限制（循环最多 {LoopLimit} 次、递归最多 {RecursiveLimit} 层）：{message}",
                "请检查模板中是否有无限循环或无限递归");
        }
        if (message.Contains(ContainedTemplateLoader.Refusal, StringComparison.Ordinal))
        {
            return Finding(RuleCatalog.TemplateInclude, file, e.Span, $"{file} 的 include 被拒绝：只能引用模板文件夹内的文件", "请把要引用的文件放在模板文件夹内，并用相对路径引用");
        }
        if (message.IndexOf(IndicatorScriptObject.Unavailable, StringComparison.Ordinal) is >= 0 and var at)
        {
            var parts = message[(at + IndicatorScriptObject.Unavailable.Length)..].Split(':', 2);
            var name = parts[0];
            var guard = name.EndsWith(".percent", StringComparison.Ordinal) ? "available" : name.EndsWith(".growth", StringComparison.Ordinal) ? "has_growth" : "has_change";
            return Finding(RuleCatalog.TemplateName, file, e.Span, $"{file} 使用的 {name} 无法计算：{(parts.Length > 1 ? parts[1] : string.Empty)}",
                $"请只在能计算时写这句话：{{{{ if {name[..name.LastIndexOf('.')]}.{guard} }}}}……{{{{ end }}}}；与上年比较须用 --previous 给出上年报告");
        }
        if (UnknownName().Match(message) is { Success: true } unknown)
        {
            return Finding(RuleCatalog.TemplateName, file, e.Span, $"{file} 使用了不存在的名称“{unknown.Groups["name"].Value}”",
                "可用的名称见 README（例如 applications.new.total、year、agency）；请检查拼写");
        }
        return Finding(RuleCatalog.TemplateName, file, e.Span, $"{file} 模板运行出错：{message}", "请检查该处的表达式");
    }

    private static Diagnostic Finding(RuleSpec rule, string file, SourceSpan span, string message, string hint) =>
        new(rule, new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1), message, hint);

    /// <summary>Scriban's two wordings for a name that does not exist.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:member with name|variable or function) `?(?<name>[^`\s]+?)`?\.?(?: was not found|$)")]
    private static partial System.Text.RegularExpressions.Regex UnknownName();

    /// <summary>Resolves `include` names inside the template set only.</summary>
    private sealed class ContainedTemplateLoader(TemplateSet templates) : ITemplateLoader
    {
        public const string Refusal = "outside the template folder";

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            TemplateSet.IsContained(templateName) ? templateName : throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is {Refusal}");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            templates.Read(templatePath)
            ?? throw new ScriptRuntimeException(callerSpan, templates.LeadsOutside(templatePath)
                ? $"'{templatePath}' is a link that leads {Refusal}"
                : $"include '{templatePath}' not found in {templates.Describe(string.Empty)}");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
