using System.Collections.Immutable;
using System.Net;
using System.Text.Json.Nodes;
using ReportGen.Format;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;
using ReportGen.Tests.Workbook;
using ReportGen.Workbook;

namespace ReportGen.Tests.Web;

/// <summary>
/// 保存 on a folder whose tables are one tables.xlsx writes tables.xlsx (never CSVs beside it), so the
/// folder checks as the page did; and a workbook holding anything the writer cannot keep is not touched.
/// </summary>
public sealed class PageWorkbookTests
{
    [Fact]
    public async Task Save_writes_the_figures_into_tables_xlsx_and_the_folder_checks_as_the_page_did()
    {
        using var source = WorkbookFolder(WorkbookSample.Workbook());
        await using var served = await ServedFolder.StartAsync(source.Path);
        var before = File.ReadAllBytes(Path.Combine(served.Folder, FolderLayout.WorkbookFile));
        var form = await served.FormAsync();
        form["cells"]!["reviews/review/upheld"] = "2";
        form["cells"]!["applications/new/natural"] = "6";
        form["cells"]!["applications/new/total"] = "";
        // Text that a spreadsheet would run as a formula stays text in its cell.
        form["cells"]!["applications/granted/research"] = "=HYPERLINK(\"http://x\")";
        form["narratives"]!["other"] = "本年度无其他需要报告的事项。";

        var (checkStatus, checkBody) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, checkStatus);
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)JsonNode.Parse(body)!["saved"]!, body);

        Assert.Empty(Directory.GetFiles(served.Folder, "*.csv"));
        Assert.Empty(Directory.GetFiles(served.Folder, ".*"));
        var saved = File.ReadAllBytes(Path.Combine(served.Folder, FolderLayout.WorkbookFile));
        Assert.NotEqual(before, saved);
        Assert.Equal("本年度无其他需要报告的事项。", File.ReadAllText(Path.Combine(served.Folder, "other.md")));

        // `check` of the folder on disk gives what the page gave while typing, at the same sheet cells.
        var cli = FolderChecks.CheckOne(served.Folder);
        var page = JsonNode.Parse(checkBody)!["findings"]!.AsArray();
        Assert.Equal(cli.Diagnostics.Select(d => $"{d.Rule.Id} {d.Location} {d.Message}"), page.Select(f => $"{f!["rule"]} {f["place"]} {f["message"]}"));
        Assert.Contains(cli.Diagnostics, d => d.Rule.Id == "R5" && d.Location?.Sheet == "表四");
        Assert.Contains(cli.Diagnostics, d => d.Rule.Id == "C06" && d.Location?.Sheet == "表三");

        var sheets = new XlsxReader().Read("tables.xlsx", saved).Value!;
        Assert.Equal(["表二", "表三", "表四"], sheets.Select(s => s.Name));
        var granted = At(sheets, "applications", new CellRef("granted", "research"));
        Assert.Equal(("=HYPERLINK(\"http://x\")", false), (granted!.Text, granted.IsFormula));
        // The 总计 left blank is its SUM, as in a workbook from `init --workbook`: computed, not a typed figure.
        Assert.Equal((true, false), (At(sheets, "applications", new CellRef("new", "total"))!.IsFormula, At(sheets, "applications", new CellRef("new", "total"))!.HasValue));

        var reread = await served.FormAsync();
        Assert.Equal("2", (string?)reread["cells"]!["reviews/review/upheld"]);
        Assert.Equal("6", (string?)reread["cells"]!["applications/new/natural"]);
        Assert.Equal("", (string?)reread["cells"]!["applications/new/total"]);
        // Text that is not a figure comes back as written, so saving again keeps it instead of blanking it.
        Assert.Equal("=HYPERLINK(\"http://x\")", (string?)reread["cells"]!["applications/granted/research"]);

        // What the page wrote, it can write again: nothing in it is taken for the person's own.
        reread["cells"]!["reviews/review/upheld"] = "0";
        var (_, again) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", reread.ToJsonString()));
        Assert.True((bool)JsonNode.Parse(again)!["saved"]!, again);
        Assert.Equal("=HYPERLINK(\"http://x\")", At(new XlsxReader().Read(FolderLayout.WorkbookFile, File.ReadAllBytes(Path.Combine(served.Folder, FolderLayout.WorkbookFile))).Value!, "applications", new CellRef("granted", "research"))!.Text);
    }

    public static TheoryData<string, string> PersonalContent => new()
    {
        { "note", "表三!L3“备注：第3行待核”" },
        { "sheet", "工作表“填表说明”" },
        { "comment", "批注" },
        { "label", "表二!A3“第二十条第（一）项”" },
    };

    [Theory]
    [MemberData(nameof(PersonalContent))]
    public async Task A_workbook_holding_what_the_writer_cannot_keep_is_not_saved_and_not_touched(string content, string named)
    {
        var workbook = content switch
        {
            "note" => XlsxEdit.Apply(WorkbookSample.Workbook(), e => e.SetShared("表三", "L3", "备注：第3行待核")),
            "sheet" => WithSheet("填表说明", "填表人：张三，电话 1234"),
            "comment" => XlsxEdit.Apply(WorkbookSample.Workbook(), e => e.Put("xl/comments1.xml", "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"u8.ToArray())),
            _ => XlsxEdit.Apply(WorkbookSample.Workbook(), e => e.SetShared("表二", "A3", "第二十条第（一）项")),
        };
        using var source = WorkbookFolder(workbook);
        await using var served = await ServedFolder.StartAsync(source.Path);
        var before = PageSecurityTests.Snapshot(served.Folder);
        var form = await served.FormAsync();
        form["cells"]!["active/penalty/decisions"] = "52";

        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonNode.Parse(body)!;
        Assert.False((bool)answer["saved"]!);
        var problem = (string?)answer["problem"] ?? string.Empty;
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.Contains("未保存", problem, StringComparison.Ordinal);
        Assert.Equal(before, PageSecurityTests.Snapshot(served.Folder));
        // Refused, the typed figure is still kept as a draft for the next page.
        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", form.ToJsonString()))).Status);
        await using var next = await served.RestartAsync();
        var (_, report) = await next.SendAsync(next.Request(HttpMethod.Get, "/api/report"));
        Assert.Equal("52", (string?)JsonNode.Parse(report)!["kept"]!["form"]!["cells"]!["active/penalty/decisions"]);
    }

    [SkippableFact]
    public async Task A_workbook_saved_by_LibreOffice_is_saved_by_the_page()
    {
        var soffice = ExternalTool.Require("soffice");
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("tables.xlsx"), WorkbookSample.Workbook());
        var start = new System.Diagnostics.ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{temp.File("profile")}", "--headless", "--convert-to", "xlsx", "--outdir", temp.File("lo"), temp.File("tables.xlsx") })
        {
            start.ArgumentList.Add(arg);
        }
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "soffice did not finish");
        }
        using var source = WorkbookFolder(File.ReadAllBytes(temp.File("lo/tables.xlsx")));
        await using var served = await ServedFolder.StartAsync(source.Path);
        var form = await served.FormAsync();
        form["cells"]!["active/penalty/decisions"] = "52";

        var (_, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));

        Assert.True((bool)JsonNode.Parse(body)!["saved"]!, body);
        Assert.Equal("52", (string?)(await served.FormAsync())["cells"]!["active/penalty/decisions"]);
        Assert.Empty(Directory.GetFiles(served.Folder, "*.csv"));
    }

    /// <summary>The sample's files with its tables as the given workbook, in a folder to serve a copy of.</summary>
    internal static TempFolder WorkbookFolder(byte[] workbook)
    {
        var temp = new TempFolder();
        WorkbookSample.WriteFolder(temp.Path, workbook);
        return temp;
    }

    private static byte[] WithSheet(string name, string text)
    {
        var report = WorkbookSample.Report;
        using var buffer = new MemoryStream();
        XlsxWriter.Write(
        [
            .. StatutoryFormat.Tables.Select(t => TablesWorkbook.Sheet(report.Table(t.Key))),
            new WorkbookSheet(name, [new SheetCell(1, 1, SheetCellStyle.Plain, text)], [], [], ImmutableDictionary<int, double>.Empty, 0, 0, false, []),
        ], buffer);
        return buffer.ToArray();
    }

    private static RawCell? At(IReadOnlyList<RawSheet> sheets, string table, CellRef cell)
    {
        var spec = StatutoryFormat.Tables.First(t => t.Key == table);
        var (row, column) = TableSheetLayout.Of(spec).FigureAt(cell);
        return sheets.First(s => s.Name == spec.Number).Cell(row, column);
    }
}
