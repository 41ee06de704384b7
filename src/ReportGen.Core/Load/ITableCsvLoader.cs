using ReportGen.Format;
using ReportGen.Tables;

namespace ReportGen.Load;

/// <summary>
/// Reads the CSV of one table, by the table's shape; <see cref="CsvTableLoaders"/> picks the loader and
/// <see cref="CsvTables.Load"/> runs it: a loader hands the lines of a non-empty CSV to the table reader.
/// </summary>
internal interface ITableCsvLoader
{
    TableSpec Spec { get; }

    void Read(TableReader reader, CsvDocument document);
}

/// <summary>
/// The one place a table's shape (<see cref="TableSpec.Layout"/>) chooses its CSV loader: a new table of
/// an existing shape, or a table drawn in another shape, is an edit in <see cref="StatutoryFormat"/> only.
/// </summary>
internal static class CsvTableLoaders
{
    /// <summary>A loader per table of the format, in the format's order, built once per process.</summary>
    public static readonly IReadOnlyList<ITableCsvLoader> All = [.. StatutoryFormat.Tables.Select(For)];

    public static ITableCsvLoader For(TableSpec spec) => spec.Layout switch
    {
        TableLayout.Blocks => new BlocksCsvLoader(spec),
        TableLayout.Matrix => new MatrixCsvLoader(spec),
        TableLayout.Flat => new FlatCsvLoader(spec),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Layout, "a table layout without a CSV loader"),
    };
}
