using System.Collections.Immutable;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>
/// Load, validate, render: every finding of one report folder in one pass. Rendering is part of the
/// check, so a narrative that would stop `build` (a template error, text that would be lost) fails
/// `check` too: CI that gates on `check` gates on what `build` will do.
/// </summary>
internal sealed class ReportChecker
{
    private readonly ReportFolderLoader loader = new();

    public CheckOutcome Check(string folder, IReportSource source) => Check(folder, source, EmbeddedTemplateSet.Instance);

    /// <param name="previous">Last year's report (check --previous): the narrative's indicators then have their change.</param>
    public CheckOutcome Check(string folder, IReportSource source, TemplateSet templates, Report? previous = null)
    {
        var loaded = loader.Load(source);
        var findings = loaded.Diagnostics;
        ReportDocument? document = null;
        if (loaded.Value is not null)
        {
            findings = findings.AddRange(ReportChecks.Run(loaded.Value));
        }
        // Rendered only when the data are sound, as `build` would: the figures a template prints are then checked ones.
        if (loaded.Value is not null && !findings.Any(d => d.Severity == Format.Severity.Error))
        {
            var rendered = new ReportRenderer(templates).Render(loaded.Value, previous);
            findings = findings.AddRange(rendered.Diagnostics);
            document = rendered.Value;
        }
        return new CheckOutcome(folder, loaded.Value, Order(findings), document);
    }

    /// <summary>Findings in reading order: by file, then line and column, so a person can work down the list.</summary>
    private static ImmutableArray<Diagnostic> Order(ImmutableArray<Diagnostic> findings) =>
        [.. findings
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location?.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => SheetOrder(x.d))
            .ThenBy(x => x.d.Location?.Line ?? 0)
            .ThenBy(x => x.d.Location?.Column ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d)];

    /// <summary>In tables.xlsx the sheets in the order of the tables (表二, 表三, 表四); 0 outside a workbook.</summary>
    private static int SheetOrder(Diagnostic d)
    {
        if (d.Location?.Sheet is null)
        {
            return 0;
        }
        for (var i = 0; i < Format.StatutoryFormat.Tables.Length; i++)
        {
            if (Format.StatutoryFormat.Tables[i].DisplayName == d.Table)
            {
                return i + 1;
            }
        }
        return 0;
    }
}
