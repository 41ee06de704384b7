using System.IO.Compression;
using System.Text;
using ReportGen.Format;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbook;

/// <summary>Every promise about hostile input holds for workbooks: bounded, refused or ignored, never run.</summary>
public class WorkbookHostileTests
{
    private static Model.Diagnostic OnlyError(CheckOutcome outcome, RuleSpec rule)
    {
        var d = Assert.Single(WorkbookSample.Errors(outcome));
        Assert.Equal(rule, d.Rule);
        Assert.Null(outcome.Report);
        return d;
    }

    [Fact]
    public void A_zip_bomb_is_refused_without_inflating_it()
    {
        var bomb = XlsxEdit.Apply(WorkbookSample.Workbook(), edit =>
        {
            var xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xml.Append(' ', 65 * 1024 * 1024).Append("</sheetData></worksheet>");
            edit.Put("xl/worksheets/sheet2.xml", Encoding.UTF8.GetBytes(xml.ToString()));
        });
        Assert.True(bomb.Length < 1024 * 1024);

        var d = OnlyError(WorkbookSample.Check(bomb), RuleCatalog.Unreadable);
        Assert.Contains("压缩炸弹", d.Message, StringComparison.Ordinal);
        Assert.Equal("sample/tables.xlsx", d.Location!.ToString());
    }

    [Fact]
    public void A_huge_sheet_is_refused()
    {
        var huge = XlsxEdit.Apply(WorkbookSample.Workbook(), edit =>
        {
            var xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var row = 1; row <= 210_000; row++)
            {
                xml.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\"><v>1</v></c></row>");
            }
            edit.Put("xl/worksheets/sheet3.xml", Encoding.UTF8.GetBytes(xml.Append("</sheetData></worksheet>").ToString()));
        });

        var d = OnlyError(WorkbookSample.Check(huge), RuleCatalog.Unreadable);
        Assert.Contains("200000", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_and_macros_inside_are_never_opened()
    {
        var linked = XlsxEdit.Apply(WorkbookSample.Workbook(), edit =>
        {
            var rels = edit.Part("xl/_rels/workbook.xml.rels").Root!;
            rels.Add(new System.Xml.Linq.XElement(rels.Name.Namespace + "Relationship",
                new System.Xml.Linq.XAttribute("Id", "rIdLink"),
                new System.Xml.Linq.XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath"),
                new System.Xml.Linq.XAttribute("Target", "file:///etc/passwd"),
                new System.Xml.Linq.XAttribute("TargetMode", "External")));
            edit.Put("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
            // A figure taken from another workbook keeps the value it had when saved.
            edit.SetFormula("表三", "D5", "[1]Sheet1!A1", "5");
        });

        var outcome = WorkbookSample.Check(linked);

        Assert.Empty(outcome.Diagnostics);
        WorkbookSample.AssertSampleFigures(outcome.Report);
    }

    [Fact]
    public void A_binary_xls_or_et_or_encrypted_workbook_is_told_to_be_saved_as_xlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var d = OnlyError(WorkbookSample.Check(ole), RuleCatalog.Unreadable);
        Assert.Contains("旧版 Excel（.xls）", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("请在 WPS/Excel 中另存为 .xlsx", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tables.xls", "请在 WPS/Excel 中另存为 .xlsx")]
    [InlineData("tables.et", "请在 WPS/Excel 中另存为 .xlsx")]
    [InlineData("tables.xlsm", "请在 WPS/Excel 中另存为 .xlsx")]
    public void A_folder_with_a_spreadsheet_it_cannot_read_says_how_to_save_it(string name, string hint)
    {
        var files = WorkbookSample.Folder(WorkbookSample.Workbook()).Remove(FolderLayout.WorkbookFile).Add(name, [0xD0, 0xCF, 0x11, 0xE0]);

        var outcome = new ReportChecker().Check("sample", new ReportGen.Load.InMemoryReportSource("sample", files));

        var d = OnlyError(outcome, RuleCatalog.Unreadable);
        Assert.Equal($"sample/{name}", d.Location!.ToString());
        Assert.StartsWith(hint, d.Hint, StringComparison.Ordinal);
        if (name.EndsWith(".xlsm", StringComparison.Ordinal))
        {
            Assert.Contains("宏不会运行", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_folder_with_both_forms_says_which_files_to_remove()
    {
        var files = WorkbookSample.Folder(WorkbookSample.Workbook()).Add("applications.csv", Encoding.UTF8.GetBytes(WorkbookSample.Files["applications.csv"]));

        var outcome = new ReportChecker().Check("sample", new ReportGen.Load.InMemoryReportSource("sample", files));

        var d = OnlyError(outcome, RuleCatalog.Unreadable);
        Assert.Equal("sample/tables.xlsx", d.Location!.ToString());
        Assert.Contains("tables.xlsx 和 applications.csv", d.Message, StringComparison.Ordinal);
        Assert.Contains("删除（或移出）applications.csv", d.Hint, StringComparison.Ordinal);
        Assert.Contains("删除（或移出）tables.xlsx", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_a_workbook_are_refused()
    {
        var d = OnlyError(WorkbookSample.Check(Encoding.UTF8.GetBytes("项目,自然人\n")), RuleCatalog.Unreadable);
        Assert.Contains("另存为 .xlsx", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_its_parts_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
        }
        OnlyError(WorkbookSample.Check(buffer.ToArray()), RuleCatalog.Unreadable);
    }

    [Fact]
    public void A_shared_string_index_out_of_range_is_refused_not_a_crash()
    {
        var damaged = XlsxEdit.Apply(WorkbookSample.Workbook(), edit =>
        {
            var cell = edit.Cell("表三", "D5");
            cell.RemoveNodes();
            cell.SetAttributeValue("t", "s");
            cell.Add(new System.Xml.Linq.XElement(XlsxEdit.Main + "v", "99999"));
        });
        OnlyError(WorkbookSample.Check(damaged), RuleCatalog.Unreadable);
    }
}
