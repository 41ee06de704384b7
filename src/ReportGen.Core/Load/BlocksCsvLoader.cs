using ReportGen.Format;
using ReportGen.Tables;

namespace ReportGen.Load;

/// <summary>
/// Reads a table of blocks (<see cref="TableLayout.Blocks"/>: 表二, active.csv) laid out like the official
/// grid: optional block lines ("第二十条第（一）项") and header lines ("信息内容,…"), then per row its label
/// and the figures of its block's columns.
/// </summary>
internal sealed class BlocksCsvLoader(TableSpec spec) : ITableCsvLoader
{
    // The normalised block titles and row header of the table, computed once per process rather than per line.
    private readonly HashSet<string> layoutLabels =
    [
        LabelMatcher.Normalise(spec.RowHeaderLabel),
        .. spec.Rows.SelectMany(r => r.Groups).Select(LabelMatcher.Normalise),
    ];

    public TableSpec Spec => spec;

    public void Read(TableReader reader, CsvDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (IsLayoutLine(line[0]))
            {
                continue;
            }
            var row = reader.ReadRow(line[0], line.Line, 1);
            if (row is null)
            {
                continue;
            }
            for (var i = 0; i < row.Columns.Length; i++)
            {
                reader.SetCell(new CellRef(row.Key, row.Columns[i]), line[i + 1], line.Line, i + 2);
            }
            CsvTables.CheckNoExtraCells(reader, line, row.Columns.Length + 1, row.Label);
        }
    }

    /// <summary>The block titles and "信息内容" header lines of the official grid carry no figures.</summary>
    private bool IsLayoutLine(string label) => layoutLabels.Contains(LabelMatcher.Normalise(label));
}
