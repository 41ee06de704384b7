using ReportGen.Format;
using ReportGen.Tables;

namespace ReportGen.Load;

/// <summary>
/// Reads a matrix (<see cref="TableLayout.Matrix"/>: 表三, applications.csv): a header of the columns
/// (applicant types), then one line per official row, the row's label first. Rows may come in any order;
/// a total column may be left out.
/// </summary>
internal sealed class MatrixCsvLoader(TableSpec spec) : ITableCsvLoader
{
    public TableSpec Spec => spec;

    public void Read(TableReader reader, CsvDocument document)
    {
        var header = document.Lines[0];
        var columns = HeaderColumns.Match(reader, header.Line, header.Cells, 1, Spec.ColumnCandidates, static c => c.IsTotal);
        for (var l = 1; l < document.Lines.Length; l++)
        {
            var line = document.Lines[l];
            var row = reader.ReadRow(line[0], line.Line, 1);
            if (row is null)
            {
                continue;
            }
            if (line.Cells.Length < header.Cells.Length)
            {
                reader.Report(RuleCatalog.BadShape, reader.Source.At(line.Line, line.Cells.Length + 1),
                    $"{Spec.Number}“{row.Label}”行只有 {line.Cells.Length} 个单元格，而表头有 {header.Cells.Length} 列",
                    "请补齐该行缺少的单元格（没有的填 0），或核对是否错列", row.Label);
            }
            foreach (var (index, column) in columns)
            {
                if (index >= line.Cells.Length)
                {
                    continue;
                }
                reader.SetCell(new CellRef(row.Key, column.Key), line[index], line.Line, index + 1);
            }
            CsvTables.CheckNoExtraCells(reader, line, header.Cells.Length, row.Label);
        }
    }
}
