using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Format;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Render;

/// <summary>
/// The names a template can use, built as ScriptObjects: Scriban's reflection over C# objects
/// renders nothing under Native AOT, so every value is put in by hand, from the format's keys.
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(Report report, IReadOnlyDictionary<string, string>? narratives) =>
        Build(report, narratives, () => Indicators.Of(report, previous: null));

    /// <param name="indicators">The report's indicators, asked for only when a template uses `indicators`.</param>
    public static ScriptObject Build(Report report, IReadOnlyDictionary<string, string>? narratives, Func<ImmutableArray<Indicator>> indicators)
    {
        var m = report.Metadata;
        // Metadata is text, never markup: escaped for the Markdown the templates produce, it reaches the document as written.
        var model = new ScriptObject
        {
            ["agency"] = MarkdownText.Escape(m.Agency),
            ["year"] = m.Year,
            ["title"] = MarkdownText.Escape(m.Title ?? $"{m.Agency}{m.Year}年政府信息公开工作年度报告"),
            ["opening"] = m.Opening is { } opening ? MarkdownText.Escape(opening) : null,
            ["publish_date"] = m.PublishDate is { } d ? ChineseDate(d) : null,
            ["signature"] = m.Signature is { } s ? new ScriptObject { ["agency"] = MarkdownText.Escape(s.Agency), ["date"] = ChineseDate(s.Date) } : null,
            ["format"] = StatutoryFormat.FormatName,
            ["units"] = new ScriptArray(m.Units.IsDefault ? [] : m.Units.Select(MarkdownText.Escape)),
        };
        var headings = new ScriptObject();
        foreach (var section in StatutoryFormat.Sections)
        {
            headings[section.Key] = MarkdownText.Escape(Heading(m, section));
        }
        model["headings"] = headings;
        model["indicators"] = new LazyIndicators(indicators);
        foreach (var table in StatutoryFormat.Tables)
        {
            model[table.Key] = Figures(report.Table(table.Key));
        }
        if (narratives is not null)
        {
            var narrative = new ScriptObject();
            foreach (var section in StatutoryFormat.Sections)
            {
                narrative[section.Key] = narratives.GetValueOrDefault(section.Key, string.Empty);
            }
            model["narrative"] = narrative;
        }
        return model;
    }

    public static string Heading(ReportMetadata metadata, SectionSpec section) =>
        metadata.Headings.GetValueOrDefault(section.Key, section.Heading);

    /// <summary>GB/T 9704 §7.3.5.4: "2024年1月20日", no zero padding.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>table.row.column, e.g. applications.new.total; counts as integers so they print without decimals.</summary>
    private static ScriptObject Figures(TableData table)
    {
        var rows = new ScriptObject();
        foreach (var row in table.Spec.Rows)
        {
            var cells = new ScriptObject();
            foreach (var column in row.Columns)
            {
                var value = table[row.Key, column];
                cells[column] = table.Spec.Column(column).Kind == CellKind.Count ? (object)(long)value : value;
            }
            rows[row.Key] = cells;
        }
        return rows;
    }

    public static string FormatFigure(decimal value, CellKind kind) =>
        kind == CellKind.Count ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);

    public static ImmutableArray<string> Names(ScriptObject model, string prefix = "") =>
        [.. model.Keys.OrderBy(k => k, StringComparer.Ordinal).SelectMany(k => (model[k] is LazyIndicators lazy ? lazy.Load() : model[k]) is ScriptObject inner
            ? Names(inner, $"{prefix}{k}.")
            : [prefix + k])];
}
