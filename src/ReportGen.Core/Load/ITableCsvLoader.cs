using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

internal interface ITableCsvLoader
{
    TableSpec Spec { get; }

    Outcome<TableData> Load(CsvDocument document);
}
