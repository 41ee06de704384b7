using System.Xml.Linq;
using System.Text.Json;
using ReportGen.Findings;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;
using ReportGen.Workbook;

namespace ReportGen.Tests.Workbook;

/// <summary>The workbook form of a report folder reads, checks and builds as the CSV form does.</summary>
public class WorkbookRoundTripTests
{
    [Fact]
    public void The_sample_as_a_workbook_builds_the_identical_docx()
    {
        var outcome = WorkbookSample.Check(WorkbookSample.Workbook());

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(WorkbookSample.Docx(WorkbookSample.Report), WorkbookSample.Docx(outcome.Report!));
    }

    [Fact]
    public void Init_then_fill_the_cells_then_check_and_build()
    {
        using var temp = new TempFolder();
        var folder = temp.File("r");
        var sample = WorkbookSample.Report;
        Assert.Empty(new ReportInitializer().Init(new InitRequest(folder, sample.Metadata.Agency, sample.Metadata.Year, Workbook: true)).Diagnostics);
        Assert.False(File.Exists(Path.Combine(folder, "applications.csv")));

        // What an officer does: type each figure into its open cell, leave the 总计 formulas alone
        // (saved without results, as a program that does not calculate would), and write the narrative.
        var filled = XlsxEdit.Apply(File.ReadAllBytes(Path.Combine(folder, FolderLayout.WorkbookFile)), edit =>
        {
            foreach (var table in StatutoryFormat.Tables)
            {
                var layout = TableSheetLayout.Of(table);
                foreach (var cell in table.Cells)
                {
                    var (row, column) = layout.FigureAt(cell);
                    var reference = Model.SourceLocation.CellName(row, column);
                    if (table.IsComputable(cell))
                    {
                        edit.Cell(table.Number, reference).Elements(XlsxEdit.Main + "v").Remove();
                    }
                    else
                    {
                        edit.SetNumber(table.Number, reference, sample.Table(table.Key)[cell.Row, cell.Column].ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }
        });
        File.WriteAllBytes(Path.Combine(folder, FolderLayout.WorkbookFile), filled);
        foreach (var (name, text) in WorkbookSample.Files.Files.Where(f => !f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        var check = FolderChecks.CheckOne(folder);
        Assert.Equal(ExitCode.Success, check.ExitCode);
        Assert.Empty(check.Diagnostics);
        var built = new ReportBuilder().Build(new BuildRequest(folder, temp.File("r.docx")));
        Assert.True(built.IsWritten, string.Join("\n", built.Diagnostics.Select(d => d.Message)));
        Assert.Equal(WorkbookSample.Docx(WorkbookSample.Report), File.ReadAllBytes(temp.File("r.docx")));
    }

    [Fact]
    public void Import_to_a_workbook_builds_the_same_document_as_import_to_csv()
    {
        using var temp = new TempFolder();
        var published = temp.File("published.docx");
        File.WriteAllBytes(published, WorkbookSample.Docx(WorkbookSample.Report));

        var csv = new ReportImport().Import(new ImportRequest(published, temp.File("csv")));
        var workbook = new ReportImport().Import(new ImportRequest(published, temp.File("xlsx"), Workbook: true));

        Assert.NotNull(csv.Written);
        Assert.NotNull(workbook.Written);
        Assert.True(File.Exists(temp.File("xlsx/tables.xlsx")));
        Assert.False(File.Exists(temp.File("xlsx/applications.csv")));
        Assert.Equal(csv.Diagnostics.Select(d => d.Rule.Id), workbook.Diagnostics.Select(d => d.Rule.Id));
        Assert.True(new ReportBuilder().Build(new BuildRequest(temp.File("csv"), temp.File("csv.docx"))).IsWritten);
        Assert.True(new ReportBuilder().Build(new BuildRequest(temp.File("xlsx"), temp.File("xlsx.docx"))).IsWritten);
        Assert.Equal(File.ReadAllBytes(temp.File("csv.docx")), File.ReadAllBytes(temp.File("xlsx.docx")));
    }

    [Fact]
    public void Build_does_not_put_tables_xlsx_beside_the_csvs_it_was_built_from()
    {
        using var temp = new TempFolder();
        var folder = temp.File("r");
        WorkbookSample.Files.WriteTo(folder);

        var outcome = new ReportBuilder().Build(new BuildRequest(folder, Path.Combine(folder, FolderLayout.WorkbookFile)));

        Assert.False(outcome.IsWritten);
        var d = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.Unwritable);
        Assert.Contains("同时有三个 CSV 和 tables.xlsx", d.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, FolderLayout.WorkbookFile)));
        Assert.True(new ReportBuilder().Build(new BuildRequest(folder, temp.File("tables.xlsx"))).IsWritten);

        // A workbook folder's own tables.xlsx is its input: never overwritten.
        var workbookFolder = temp.File("w");
        WorkbookSample.WriteFolder(workbookFolder, File.ReadAllBytes(temp.File("tables.xlsx")));
        var again = new ReportBuilder().Build(new BuildRequest(workbookFolder, Path.Combine(workbookFolder, FolderLayout.WorkbookFile)));
        Assert.False(again.IsWritten);
        Assert.Contains(again.Diagnostics, d => d.Rule == RuleCatalog.Unwritable && d.Message.Contains("输入文件", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_cell_is_reported_at_its_sheet_and_cell()
    {
        // 表三 一、本年新收 自然人 is D5 (title row, three header rows); its 总计 is J5.
        var outcome = WorkbookSample.Edited(edit => edit.SetNumber("表三", "D5", "6"));

        var r4 = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.R4);
        Assert.Equal("sample/tables.xlsx 表三!J5", r4.Location!.ToString());
        Assert.Equal(5, r4.Actual);
        Assert.Equal(6, r4.Expected);
        Assert.Contains(r4.Operands, o => o.Value == 6 && o.Location!.ToString() == "sample/tables.xlsx 表三!D5");
        Assert.StartsWith("sample/tables.xlsx 表三!J5: error R4: ", TextFindingsFormatter.Line(r4, "sample"), StringComparison.Ordinal);

        var json = new StringWriter();
        new JsonFindingsFormatter().Write(json, [outcome.Findings]);
        using var doc = JsonDocument.Parse(json.ToString());
        Assert.Equal(1, doc.RootElement.GetProperty("version").GetInt32());
        var finding = doc.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("rule").GetString() == "R4");
        Assert.Equal("sample/tables.xlsx", finding.GetProperty("file").GetString());
        Assert.Equal("表三", finding.GetProperty("sheet").GetString());
        Assert.Equal("J5", finding.GetProperty("cell").GetString());
        Assert.Equal(5, finding.GetProperty("line").GetInt32());
        Assert.Equal(10, finding.GetProperty("column").GetInt32());
        Assert.Contains(finding.GetProperty("operands").EnumerateArray(), o => o.GetProperty("cell").GetString() == "D5" && o.GetProperty("sheet").GetString() == "表三");
    }

    [Fact]
    public void A_csv_finding_has_no_sheet_or_cell_in_json()
    {
        var outcome = WorkbookSample.Files.WithCell("applications.csv", 2, 2, "6").Check();
        var json = new StringWriter();
        new JsonFindingsFormatter().Write(json, [outcome.Findings]);
        using var doc = JsonDocument.Parse(json.ToString());
        var finding = doc.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("rule").GetString() == "R4");
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("sheet").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("cell").ValueKind);
        Assert.Equal("sample/applications.csv", finding.GetProperty("file").GetString());
    }

    [Fact]
    public void Workbook_findings_read_in_the_order_of_the_tables()
    {
        var outcome = WorkbookSample.Edited(edit =>
        {
            edit.SetNumber("表四", "A5", "x");
            edit.SetNumber("表二", "B4", "y");
            edit.SetNumber("表三", "D5", "z");
        });
        var sheets = outcome.Diagnostics.Where(d => d.Rule == RuleCatalog.NotANumber).Select(d => d.Location!.Sheet).ToList();
        Assert.Equal(["表二", "表三", "表四"], sheets);
    }

    [SkippableFact]
    public void A_workbook_saved_by_LibreOffice_reads_the_same()
    {
        var soffice = ExternalTool.Require("soffice");
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("tables.xlsx"), WorkbookSample.Workbook());
        var start = new System.Diagnostics.ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{temp.File("profile")}", "--headless", "--convert-to", "xlsx", "--outdir", temp.File("lo"), temp.File("tables.xlsx") })
        {
            start.ArgumentList.Add(arg);
        }
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "soffice did not finish");
        }
        var converted = File.ReadAllBytes(temp.File("lo/tables.xlsx"));
        Assert.NotEqual(WorkbookSample.Workbook(), converted);

        var outcome = WorkbookSample.Check(converted);

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(WorkbookSample.Docx(WorkbookSample.Report), WorkbookSample.Docx(outcome.Report!));
        // And a change made after LibreOffice saved it is still found at its cell.
        var changed = WorkbookSample.Check(XlsxEdit.Apply(converted, edit => edit.SetNumber("表三", "D5", "6")));
        Assert.Contains(changed.Diagnostics, d => d.Rule == RuleCatalog.R4 && d.Location!.ToString() == "sample/tables.xlsx 表三!J5");
    }
}
