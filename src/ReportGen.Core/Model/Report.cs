using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>A narrative file of the folder: its name as shown to the user and its text.</summary>
internal sealed record NarrativeText(string File, string Text);

/// <summary>
/// Everything a report folder holds, loaded and typed: one <see cref="TableData"/> per table of the format,
/// in the format's order, so a table the format adds needs no edit here. The named tables are shorthand
/// for the code and tests that mean that one table.
/// </summary>
internal sealed record Report(
    ReportMetadata Metadata,
    ImmutableArray<TableData> Tables,
    ImmutableDictionary<string, NarrativeText> Narratives)
{
    public TableData Active { get => Table(TableKeys.Active); init => Tables = Replaced(value); }

    public TableData Applications { get => Table(TableKeys.Applications); init => Tables = Replaced(value); }

    public TableData Reviews { get => Table(TableKeys.Reviews); init => Tables = Replaced(value); }

    public TableData Table(string key)
    {
        foreach (var table in Tables)
        {
            if (table.Spec.Key == key)
            {
                return table;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(key), key, null);
    }

    /// <summary>A report from its tables by <see cref="TableSpec.Key"/>: one of each of the format's tables.</summary>
    public static Report Of(ReportMetadata metadata, IReadOnlyDictionary<string, TableData> tables, ImmutableDictionary<string, NarrativeText> narratives) =>
        Of(metadata, t => tables[t.Key], narratives);

    /// <summary>A report of the format's tables made by <paramref name="table"/> (all zero for a new folder, say).</summary>
    public static Report Of(ReportMetadata metadata, Func<TableSpec, TableData> table, ImmutableDictionary<string, NarrativeText> narratives) =>
        new(metadata, [.. StatutoryFormat.Tables.Select(table)], narratives);

    private ImmutableArray<TableData> Replaced(TableData table) =>
        [.. Tables.Select(t => t.Spec.Key == table.Spec.Key ? table : t)];
}
