using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

internal interface ITableCsvLoader
{
    TableSpec Spec { get; }

    LoadOutcome<TableData> Load(CsvDocument document);
}
