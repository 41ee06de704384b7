using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>The figures of a group an older edition printed as one row (2019's "（六）其他处理"), which 2021 splits into rows.</summary>
internal sealed record OneRowFigures(TableSpec Spec, SourceLocation Location, IReadOnlyList<string> Values);

/// <summary>What a table importer produced, and what it saw of an older edition (<see cref="StatutoryFormat.Trial2019"/>).</summary>
/// <param name="Trial2019">The table used the 2019 edition's blocks, columns or rows.</param>
/// <param name="OneRow">The figures of the edition's one-row group, when the table had it and not the 2021 rows.</param>
internal sealed record TableImportResult(TableData Table, bool Trial2019, OneRowFigures? OneRow)
{
    public static TableImportResult Of(TableData table) => new(table, false, null);
}

/// <summary>Reads one statutory table of a published report, by the table's shape; <see cref="TableImporters"/> picks the importer.</summary>
internal interface ITableImporter
{
    /// <param name="region">The blocks of the table's section from its first row to its last: rows, and the text a converter left between them.</param>
    TableImportResult Import(TableSpec spec, IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings);
}

/// <summary>
/// The one place a table's shape (<see cref="TableSpec.Layout"/>) chooses its importer: what a published
/// report does to one table in particular comes from the format's editions, so a new table of an existing
/// shape, or a table drawn in another shape, is an edit in <see cref="StatutoryFormat"/> only.
/// </summary>
internal static class TableImporters
{
    private static readonly ITableImporter Blocks = new BlocksTableImporter(), Matrix = new MatrixTableImporter(), Flat = new FlatTableImporter();

    public static ITableImporter For(TableSpec spec) => spec.Layout switch
    {
        TableLayout.Blocks => Blocks,
        TableLayout.Matrix => Matrix,
        TableLayout.Flat => Flat,
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Layout, "a table layout without an importer"),
    };
}
