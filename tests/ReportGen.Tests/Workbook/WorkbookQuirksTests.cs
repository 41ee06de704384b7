using System.Xml.Linq;
using ReportGen.Format;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbook;

/// <summary>What Excel, WPS and LibreOffice write into a sheet reads as the figure the person meant.</summary>
public class WorkbookQuirksTests
{
    [Fact]
    public void A_finding_on_report_json_of_a_workbook_folder_names_that_folder()
    {
        // The loader passes report.json's place on; it used to be guessed from a CSV cell's file, and a workbook folder has none.
        var folder = WorkbookSample.Folder(WorkbookSample.Workbook());
        var json = System.Text.Encoding.UTF8.GetString(folder["report.json"]).TrimEnd().TrimEnd('}') + ", \"title\": \"（文字描述）政府信息公开工作年度报告\"}";
        var outcome = new ReportGen.Pipeline.ReportChecker().Check("sample",
            new ReportGen.Load.InMemoryReportSource("sample", folder.SetItem("report.json", System.Text.Encoding.UTF8.GetBytes(json))));

        var placeholder = Assert.Single(outcome.Diagnostics, d => d.Rule.Id == "N02");
        Assert.Equal("sample/report.json", placeholder.Location!.File);
    }

    [Fact]
    public void Shared_and_inline_strings_and_numbers_stored_as_text_read_as_figures()
    {
        var outcome = WorkbookSample.Edited(edit =>
        {
            edit.SetShared("表三", "D5", "5");
            edit.SetInline("表三", "D7", "5");
            edit.Cell("表二", "B8").SetAttributeValue("t", "str");
        });

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }

    [Fact]
    public void Full_width_digits_read_as_digits()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetInline("表二", "B8", "３８７"));

        Assert.Empty(WorkbookSample.Errors(outcome));
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }

    [Fact]
    public void A_saved_double_reads_as_the_amount_typed()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetNumber("表二", "B15", "0.10000000000000001"));

        Assert.Empty(WorkbookSample.Errors(outcome));
        Assert.Equal(0.1m, outcome.Report!.Active["fees", "fee"]);
    }

    [Fact]
    public void A_formula_with_its_cached_result_reads_the_result()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetFormula("表三", "J5", "SUM(D5:I5)", "5"));

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }

    [Fact]
    public void A_total_formula_without_a_result_is_computed_from_its_parts()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetFormula("表三", "J5", "SUM(D5:I5)", null));

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
        Assert.Equal(Model.CellOrigin.Computed, outcome.Report!.Applications.Cell(new CellRef("new", "total"))!.Origin);
    }

    [Fact]
    public void A_figure_formula_without_a_result_is_reported_at_its_cell()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetFormula("表三", "D5", "2+3", null));

        var d = Assert.Single(WorkbookSample.Errors(outcome));
        Assert.Equal(RuleCatalog.NotANumber, d.Rule);
        Assert.Equal("sample/tables.xlsx 表三!D5", d.Location!.ToString());
        Assert.Contains("公式", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_number_is_reported_at_its_cell()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetInline("表四", "B5", "两件"));

        var d = Assert.Single(WorkbookSample.Errors(outcome), e => e.Rule == RuleCatalog.NotANumber);
        Assert.Equal("sample/tables.xlsx 表四!B5", d.Location!.ToString());
    }

    [Fact]
    public void Hidden_rows_and_renamed_and_reordered_sheets_are_found_by_their_titles()
    {
        var outcome = WorkbookSample.Edited(edit =>
        {
            edit.HideRow("表三", 6);
            edit.RenameSheet("表三", "依申请");
            edit.RenameSheet("表二", "Sheet1");
            edit.ReverseSheets();
        });

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);

        var changed = WorkbookSample.Edited(edit =>
        {
            edit.SetNumber("表三", "D5", "6");
            edit.RenameSheet("表三", "依申请");
        });
        Assert.Contains(changed.Diagnostics, d => d.Rule == RuleCatalog.R4 && d.Location!.ToString() == "sample/tables.xlsx 依申请!J5");
    }

    [Fact]
    public void A_sheet_named_by_its_table_is_found_when_its_title_is_gone()
    {
        var outcome = WorkbookSample.Edited(edit => edit.Cell("表四", "A1").Remove());

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }

    [Fact]
    public void A_missing_sheet_is_named()
    {
        var outcome = WorkbookSample.Edited(edit =>
            edit.Workbook.Descendants(XlsxEdit.Main + "sheet").First(s => (string?)s.Attribute("name") == "表四").Remove());

        var d = Assert.Single(WorkbookSample.Errors(outcome));
        Assert.Equal(RuleCatalog.BadShape, d.Rule);
        Assert.Contains("表四（政府信息公开行政复议、行政诉讼情况）的工作表", d.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Report);
    }

    [Fact]
    public void A_changed_label_is_an_unknown_row_at_its_cell_and_the_row_is_missing()
    {
        var outcome = WorkbookSample.Edited(edit => edit.SetInline("表二", "A5", "内部管理制度"));

        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.UnknownRow && d.Location!.ToString() == "sample/tables.xlsx 表二!A5");
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.MissingRow && d.Location!.ToString() == "sample/tables.xlsx 表二");
    }

    [Fact]
    public void A_row_moved_below_the_table_is_still_read_by_its_label()
    {
        // Unprotected and cut/pasted: 行政强制 (row 12) moved to row 30.
        var outcome = WorkbookSample.Edited(edit =>
        {
            var row = edit.Sheet("表二").Descendants(XlsxEdit.Main + "row").First(r => (int)r.Attribute("r")! == 12);
            foreach (var c in row.Elements(XlsxEdit.Main + "c"))
            {
                c.SetAttributeValue("r", ((string)c.Attribute("r")!).Replace("12", "30", StringComparison.Ordinal));
            }
            row.SetAttributeValue("r", 30);
            row.Remove();
            edit.Sheet("表二").Descendants(XlsxEdit.Main + "sheetData").First().Add(row);
        });

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }
}
