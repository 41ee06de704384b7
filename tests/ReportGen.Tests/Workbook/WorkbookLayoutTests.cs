using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Workbook;

namespace ReportGen.Tests.Workbook;

/// <summary>The written workbook is a valid package laid out like the official tables and safe to fill in.</summary>
public class WorkbookLayoutTests
{
    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    private static (WorksheetPart Part, Worksheet Sheet) SheetOf(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == name);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        return (part, part.Worksheet);
    }

    private static string Text(SpreadsheetDocument doc, Cell cell)
    {
        var strings = doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
        return cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)].InnerText : cell.CellValue?.Text ?? string.Empty;
    }

    [Fact]
    public void The_workbook_passes_the_Open_XML_validator_and_is_the_same_bytes_each_time()
    {
        var xlsx = WorkbookSample.Workbook();
        using var doc = Open(xlsx);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, "OpenXmlValidator:\n" + string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.Equal(xlsx, WorkbookSample.Workbook());
        Assert.Equal(["表二", "表三", "表四"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public void Every_label_and_merge_of_the_docx_form_is_on_its_sheet()
    {
        using var doc = Open(WorkbookSample.Workbook());
        foreach (var table in StatutoryFormat.Tables)
        {
            var (_, sheet) = SheetOf(doc, table.Number);
            var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            Assert.Equal(table.DisplayName, Text(doc, cells["A1"]));
            var form = StatutoryTableRenderer.FormOf(table).Block;
            var labels = form.Rows.SelectMany(r => r).Where(c => !c.IsFigure && c.Text.Length > 0).Select(c => c.Text).ToList();
            var written = cells.Values.Select(c => Text(doc, c)).ToHashSet();
            Assert.All(labels, label => Assert.Contains(label, written));
            Assert.All(table.Rows, row => Assert.Contains(row.Label, written));
            var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
            Assert.Equal(TableSheetLayout.Of(table).Merges.Select(m => m.ToString()), merges);
        }
        var (_, applications) = SheetOf(doc, "表三");
        var merged = applications.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        Assert.Contains("A2:C4", merged);   // the corner over the three header rows
        Assert.Contains("D2:J2", merged);   // 申请人情况
        Assert.Contains("A7:A28", merged);  // 三、本年度办理结果 down the left
        Assert.Contains("A5:C5", merged);   // 一、本年新收… across the label columns
    }

    [Fact]
    public void Labels_are_locked_figures_open_and_validated_totals_are_sums()
    {
        using var doc = Open(WorkbookSample.Workbook());
        var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value ?? true;

        foreach (var table in StatutoryFormat.Tables)
        {
            var (_, sheet) = SheetOf(doc, table.Number);
            var protection = sheet.GetFirstChild<SheetProtection>();
            Assert.NotNull(protection);
            Assert.True(protection.Sheet?.Value);
            Assert.Null(protection.Password);
            Assert.Null(protection.HashValue);

            var layout = TableSheetLayout.Of(table);
            var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            foreach (var laid in layout.Cells)
            {
                var cell = cells[SourceLocation.CellName(laid.Row, laid.Column)];
                Assert.Equal(laid.Figure is null, Locked(cell));
            }
            var validations = sheet.Descendants<DataValidation>().ToList();
            var whole = validations.Single(v => v.Type!.Value == DataValidationValues.Whole);
            Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, whole.Operator!.Value);
            Assert.Equal("0", whole.Formula1!.Text);
            foreach (var cell in table.Cells)
            {
                var (row, column) = layout.FigureAt(cell);
                var reference = SourceLocation.CellName(row, column);
                var kind = table.Column(cell.Column).Kind;
                var rule = kind == CellKind.Count ? whole : validations.Single(v => v.Type!.Value == DataValidationValues.Decimal);
                Assert.Contains(reference, rule.SequenceOfReferences!.Items.Select(i => i.Value!));
                Assert.Equal(table.IsComputable(cell), cells[reference].CellFormula is not null);
            }
        }
        var (_, applications) = SheetOf(doc, "表三");
        var formulas = applications.Descendants<Cell>().Where(c => c.CellFormula is not null).ToDictionary(c => c.CellReference!.Value!, c => c.CellFormula!.Text);
        Assert.Equal("SUM(D5:I5)", formulas["J5"]);
        Assert.Equal("SUM(D7:D27)", formulas["D28"]);
        Assert.Equal("5", applications.Descendants<Cell>().First(c => c.CellReference == "J5").CellValue!.Text);
        var (_, reviews) = SheetOf(doc, "表四");
        Assert.Equal("SUM(A5:D5)", reviews.Descendants<Cell>().First(c => c.CellReference == "E5").CellFormula!.Text);
    }

    [Fact]
    public void Panes_freeze_the_headers_and_pages_print_A4_landscape_one_page_wide()
    {
        using var doc = Open(WorkbookSample.Workbook());
        var (_, applications) = SheetOf(doc, "表三");
        var pane = applications.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("D5", pane.TopLeftCell!.Value);
        foreach (var table in StatutoryFormat.Tables)
        {
            var (_, sheet) = SheetOf(doc, table.Number);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal(TableSheetLayout.Of(table).Width, sheet.Descendants<Column>().Count());
            Assert.All(sheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 4, 40));
        }
        var titles = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").Select(n => n.Text).ToList();
        Assert.Contains("'表三'!$1:$4", titles);
    }

    [Fact]
    public void A_wrong_published_total_is_written_as_it_stands_not_as_a_formula()
    {
        var wrong = WorkbookSample.Files.WithCell("applications.csv", 2, 8, "9").Check().Report!;

        var xlsx = TablesWorkbook.Write(wrong);

        using var doc = Open(xlsx);
        var cell = SheetOf(doc, "表三").Sheet.Descendants<Cell>().First(c => c.CellReference == "J5");
        Assert.Null(cell.CellFormula);
        Assert.Equal("9", cell.CellValue!.Text);
        Assert.Contains(WorkbookSample.Check(xlsx).Diagnostics, d => d.Rule == RuleCatalog.R4 && d.Location!.Cell == "J5");
    }

    [Fact]
    public void Units_workbook_has_a_row_per_unit_a_column_per_cell_and_the_sums()
    {
        var sample = WorkbookSample.Report;
        var other = sample with { Metadata = sample.Metadata with { Agency = "另一个局" } };
        var xlsx = UnitsWorkbook.Write([sample, other], sample);

        using var doc = Open(xlsx);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        var cells = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var columns = StatutoryFormat.Tables.Sum(t => t.Cells.Length);
        Assert.Equal("单位", Text(doc, cells["A1"]));
        Assert.Equal(sample.Metadata.Agency, Text(doc, cells["A4"]));
        Assert.Equal("另一个局", Text(doc, cells["A5"]));
        Assert.Equal("合计", Text(doc, cells["A6"]));
        Assert.True(cells.ContainsKey(SourceLocation.CellName(4, columns + 1)));
        Assert.False(cells.ContainsKey(SourceLocation.CellName(4, columns + 2)));
        // 表二 行政许可 is the 7th cell of 表二: column H.
        Assert.Equal("387", cells["H4"].CellValue!.Text);
        Assert.Equal("SUM(H4:H5)", cells["H6"].CellFormula!.Text);
    }
}
