using System.Collections.Immutable;
using System.Text;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;
using ReportGen.Workbook;
using ReportGen.Write;

namespace ReportGen.Tests.Workbook;

/// <summary>The shipped sample with its three CSVs replaced by a workbook, checked in memory.</summary>
internal static class WorkbookSample
{
    public static readonly SampleFiles Files = SampleFiles.Load();

    public static Report Report => Files.Check().Report!;

    /// <summary>The sample's tables as `build -o tables.xlsx` writes them.</summary>
    public static byte[] Workbook() => TablesWorkbook.Write(Report);

    public static ImmutableDictionary<string, byte[]> Folder(byte[] workbook) =>
        Files.Files.Where(f => !f.Key.EndsWith(".csv", StringComparison.Ordinal))
            .ToImmutableDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value))
            .SetItem(FolderLayout.WorkbookFile, workbook);

    public static CheckOutcome Check(byte[] workbook) => new ReportChecker().Check("sample", new InMemoryReportSource("sample", Folder(workbook)));

    public static CheckOutcome Edited(Action<XlsxEdit> edit) => Check(XlsxEdit.Apply(Workbook(), edit));

    public static void WriteFolder(string folder, byte[] workbook)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Folder(workbook))
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }

    public static byte[] Docx(Report report)
    {
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report).Value!;
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>Every figure of the report equals the sample's.</summary>
    public static void AssertSampleFigures(Report? report)
    {
        Assert.NotNull(report);
        var sample = Report;
        foreach (var table in StatutoryFormat.Tables)
        {
            foreach (var cell in table.Cells)
            {
                Assert.True(sample.Table(table.Key)[cell.Row, cell.Column] == report.Table(table.Key)[cell.Row, cell.Column],
                    $"{table.Number} {cell}: {sample.Table(table.Key)[cell.Row, cell.Column]} ≠ {report.Table(table.Key)[cell.Row, cell.Column]}");
            }
        }
    }

    public static IEnumerable<Diagnostic> Errors(CheckOutcome outcome) => outcome.Diagnostics.Where(d => d.Severity == Severity.Error);
}
