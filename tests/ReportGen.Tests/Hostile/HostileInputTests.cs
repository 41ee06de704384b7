using System.IO.Compression;
using System.Text;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hostile;

/// <summary>Files from Excel, WPS, e-mail and last year's folder: a Chinese message with the place and the fix, the right exit code.</summary>
public class HostileInputTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static Diagnostic Only(CheckOutcome outcome, string rule) => Assert.Single(outcome.Diagnostics, d => d.Rule.Id == rule);

    [Fact]
    public void An_empty_csv_names_the_file_and_what_to_do()
    {
        var outcome = Sample.CheckWithBytes("applications.csv", []);

        var d = Only(outcome, "C09");
        Assert.Contains("sample/applications.csv 是空文件", d.Message, StringComparison.Ordinal);
        Assert.Contains("reportgen init", d.Hint, StringComparison.Ordinal);
        Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
    }

    [Fact]
    public void An_xlsx_renamed_to_csv_is_recognised()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            entry.Write("<workbook/>");
        }

        var outcome = Sample.CheckWithBytes("applications.csv", buffer.ToArray());

        var d = Only(outcome, "F02");
        Assert.Contains("Excel", d.Message, StringComparison.Ordinal);
        Assert.Contains("另存为", d.Hint, StringComparison.Ordinal);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }

    [Fact]
    public void A_binary_file_is_not_text()
    {
        var outcome = Sample.CheckWithBytes("reviews.csv", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x10]);

        Assert.Contains("二进制", Only(outcome, "F02").Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }

    [Fact]
    public void Truncated_utf8_points_at_the_damaged_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample["applications.csv"]);
        var cut = bytes[..(bytes.Length - 2)];
        var damaged = cut.Concat(Encoding.UTF8.GetBytes("中")[..2]).ToArray();

        var d = Only(Sample.CheckWithBytes("applications.csv", damaged), "F02");

        Assert.Contains("UTF-8", d.Message, StringComparison.Ordinal);
        Assert.Equal(26, d.Location!.Line);
    }

    [Fact]
    public void A_file_in_a_third_encoding_is_refused_or_read_but_never_misread_silently()
    {
        // Shift-JIS bytes for "行政許可": neither UTF-8 nor a label the format knows.
        var outcome = Sample.CheckWithBytes("active.csv", [0x8D, 0x73, 0x90, 0xAD, 0x8B, 0x96, 0x89, 0xC2, 0x2C, 0x33, 0x0A]);

        Assert.NotEqual(ExitCode.Success, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Rule.Id is "F02" or "C02");
    }

    [Fact]
    public void A_quote_that_never_closes_is_reported_at_its_line()
    {
        var text = Sample["applications.csv"].Replace("（一）予以公开,5", "\"（一）予以公开,5", StringComparison.Ordinal);

        var d = Only(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(text)), "C09");

        Assert.Equal(4, d.Location!.Line);
        Assert.Contains("引号", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_reports_unknown_and_missing_columns()
    {
        var text = "A,B,C,D\n" + string.Join('\n', Sample["applications.csv"].Split("\r\n").Skip(1));

        var outcome = Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal(3, outcome.Diagnostics.Count(d => d.Rule.Id == "C05"));
        Assert.Equal(6, outcome.Diagnostics.Count(d => d.Rule.Id == "C04"));
    }

    [Fact]
    public void Missing_cells_at_the_end_of_a_row_are_an_error_at_the_first_missing_one()
    {
        var files = Sample.With("applications.csv", Sample["applications.csv"].Replace("（一）予以公开,5,0,0,0,0,0,5", "（一）予以公开,5,0,0", StringComparison.Ordinal));

        var outcome = files.Check();

        var d = Assert.Single(outcome.Diagnostics, d => d.Location!.Line == 4);
        Assert.Equal("C09", d.Rule.Id);
        Assert.Equal(5, d.Location!.Column);
        Assert.Contains("只有 4 个单元格", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_a_million_rows_is_refused_before_it_is_parsed()
    {
        var huge = new StringBuilder(Sample["applications.csv"]);
        for (var i = 0; i < 1_000_000; i++)
        {
            huge.Append("1.属于国家秘密,0,0,0,0,0,0,0\n");
        }

        var d = Only(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(huge.ToString())), "F02");

        Assert.Contains("MB", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_rows_under_the_size_limit_are_refused_too()
    {
        var many = Sample["applications.csv"] + string.Concat(Enumerable.Repeat("x,0\n", 1000));

        Assert.Contains("行", Only(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(many)), "C09").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_where_a_file_is_expected()
    {
        using var temp = new TempFolder();
        Sample.Without("reviews.csv").WriteTo(temp.Path);
        Directory.CreateDirectory(temp.File("reviews.csv"));

        var outcome = FolderChecks.CheckOne(temp.Path);

        Assert.Contains("是一个文件夹", Only(outcome, "F02").Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }

    [Fact]
    public void Characters_illegal_in_xml_never_corrupt_the_document()
    {
        using var temp = new TempFolder();
        Sample.With("problems.md", "问题\u0001与\u000B改进\uFFFE。").WriteTo(Path.Combine(temp.Path, "r"));

        var outcome = new ReportBuilder().Build(new BuildRequest(Path.Combine(temp.Path, "r"), temp.File("r.docx")));

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        var bytes = File.ReadAllBytes(temp.File("r.docx"));
        ReportGen.Tests.Write.DocxAssert.Valid(new MemoryStream(bytes));
        Assert.Contains(DocxProjection.Paragraphs(bytes), p => p.Text == "问题与改进。");
    }

    [Fact]
    public async Task Two_builds_writing_the_same_output_at_once_leave_one_complete_document()
    {
        using var temp = new TempFolder();
        var output = temp.File("same.docx");

        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliProcess.Run("build", "samples/liaocheng-culture-tourism-2023", "-o", output))).ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        ReportGen.Tests.Write.DocxAssert.Valid(new MemoryStream(File.ReadAllBytes(output)));
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void No_input_gives_a_stack_trace()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("report.json"), [0xFF, 0x00, 0x13]);

        var result = CliProcess.Run("check", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_job_failure_naming_it()
    {
        // Root reads every file whatever its mode, so a read error is produced with a file whose
        // read fails at the kernel: /proc/self/mem at offset 0 answers EIO.
        using var temp = new TempFolder();
        Sample.Without("reviews.csv").WriteTo(temp.Path);
        File.CreateSymbolicLink(temp.File("reviews.csv"), "/proc/self/mem");

        var outcome = FolderChecks.CheckOne(temp.Path);

        var d = Only(outcome, "F02");
        Assert.Contains(temp.File("reviews.csv"), d.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.JobFailed, outcome.ExitCode);
    }
}
