using System.Text.Json;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbook;

/// <summary>The workbook form through the real executable, as an officer and a 上级 would use it.</summary>
public class WorkbookCliTests
{
    [Fact]
    public void Init_with_workbook_writes_tables_xlsx_and_no_csv()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run("init", temp.File("r"), "--agency", "某某市某某局", "--year", "2024", "--workbook");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tables.xlsx", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("r/tables.xlsx")));
        Assert.Empty(Directory.GetFiles(temp.File("r"), "*.csv"));
        // Only the narrative prompts fail: the zero tables are sound.
        var check = CliProcess.Run("check", temp.File("r"), "--format", "json");
        Assert.Equal(1, check.ExitCode);
        using var doc = JsonDocument.Parse(check.Stdout);
        Assert.All(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("N02", d.GetProperty("rule").GetString()));
    }

    [Fact]
    public void Csv_files_written_by_init_carry_a_utf8_bom()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run("init", temp.File("r"), "--agency", "某某市某某局", "--year", "2024").ExitCode);

        foreach (var name in new[] { "active.csv", "applications.csv", "reviews.csv" })
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(temp.File($"r/{name}"))[..3]);
        }
        Assert.NotEqual(0xEF, File.ReadAllBytes(temp.File("r/report.json"))[0]);
    }

    [Fact]
    public void Build_exports_the_tables_and_check_names_a_changed_cell()
    {
        using var temp = new TempFolder();
        var build = CliProcess.Run("build", Repo.SampleFolder, "-o", temp.File("tables.xlsx"));
        Assert.Equal(0, build.ExitCode);

        var folder = temp.File("r");
        WorkbookSample.WriteFolder(folder, XlsxEdit.Apply(File.ReadAllBytes(temp.File("tables.xlsx")), edit => edit.SetNumber("表三", "D5", "6")));
        var check = CliProcess.Run("check", folder);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{folder}/tables.xlsx 表三!J5: error R4: ", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_lone_workbook_file_says_it_belongs_in_a_report_folder()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run("build", Repo.SampleFolder, "-o", temp.File("tables.xlsx")).ExitCode);

        var check = CliProcess.Run("check", temp.File("tables.xlsx"));

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("error I12: ", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("是 Excel 工作簿，不是已发布的年报文档", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("再对该文件夹运行 reportgen check", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Word", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_writes_the_workbook_form_and_units_xlsx()
    {
        using var temp = new TempFolder();
        var a = temp.File("a");
        var b = temp.File("b");
        WorkbookSample.WriteFolder(a, WorkbookSample.Workbook());
        WorkbookSample.Files.With("report.json", WorkbookSample.Files["report.json"].Replace("聊城市文化和旅游局", "另一个局", StringComparison.Ordinal)).WriteTo(b);

        var result = CliProcess.Run("aggregate", a, b, "-o", temp.File("sum"), "--workbook");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.True(File.Exists(temp.File("sum/tables.xlsx")));
        Assert.True(File.Exists(temp.File("sum/units.xlsx")));
        Assert.Empty(Directory.GetFiles(temp.File("sum"), "*.csv"));
        var check = CliProcess.Run("check", temp.File("sum"), "--format", "json");
        Assert.Equal(0, check.ExitCode);

        var csv = CliProcess.Run("aggregate", a, b, "-o", temp.File("sum-csv"));
        Assert.Equal(0, csv.ExitCode);
        Assert.True(File.Exists(temp.File("sum-csv/units.xlsx")));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(temp.File("sum-csv/applications.csv"))[..3]);
        // The same sums either way: 行政许可 of both units.
        var twice = 2 * WorkbookSample.Report.Active["licensing", "decisions"];
        Assert.Contains($"行政许可,{twice}", File.ReadAllText(temp.File("sum-csv/active.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_with_workbook_and_check_previous_read_the_workbook()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("published.docx"), WorkbookSample.Docx(WorkbookSample.Report));

        var import = CliProcess.Run("import", temp.File("published.docx"), "-o", temp.File("last"), "--workbook");
        Assert.True(File.Exists(temp.File("last/tables.xlsx")), import.Stdout);

        // Last year carried forward nothing; this year's sample carries nothing over: R6 holds.
        var check = CliProcess.Run("check", Repo.SampleFolder, "--previous", temp.File("last"));
        Assert.DoesNotContain("R6", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("无法读取上年报告", check.Stdout, StringComparison.Ordinal);

        // 四、结转下年度继续办理 自然人 of last year (表三!D29) set to 2: this year's 上年结转 0 no longer follows.
        var last = temp.File("last/tables.xlsx");
        File.WriteAllBytes(last, XlsxEdit.Apply(File.ReadAllBytes(last), edit => edit.SetNumber("表三", "D29", "2")));
        var broken = CliProcess.Run("check", Repo.SampleFolder, "--previous", temp.File("last"));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("error R6", broken.Stdout, StringComparison.Ordinal);
    }
}
