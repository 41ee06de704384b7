using System.Collections.Immutable;
using System.Text;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Load;

/// <summary>What people really produce with Excel, WPS and a text editor: all of it must read the same as the sample.</summary>
public class InputQuirksTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static void AssertSameFiguresAsSample(CheckOutcome outcome)
    {
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == Severity.Error);
        var expected = Sample.Check().Report!;
        foreach (var table in StatutoryFormat.Tables)
        {
            foreach (var cell in table.Cells)
            {
                Assert.Equal(expected.Table(table.Key)[cell.Row, cell.Column], outcome.Report!.Table(table.Key)[cell.Row, cell.Column]);
            }
        }
    }

    [Fact]
    public void Utf8_with_bom() =>
        AssertSameFiguresAsSample(Sample.CheckWithBytes("applications.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample["applications.csv"])]));

    [Fact]
    public void Gb18030_as_excel_on_chinese_windows_saves_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(Sample["applications.csv"]);

        AssertSameFiguresAsSample(Sample.CheckWithBytes("applications.csv", gbk));
    }

    [Fact]
    public void Utf16_with_bom_as_excel_unicode_text_saves_it() =>
        AssertSameFiguresAsSample(Sample.CheckWithBytes("active.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample["active.csv"])]));

    /// <summary>The lines of a sample file, whatever line endings it was saved with.</summary>
    private static string[] Lines(string name) => Sample[name].ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Any_line_ending_trailing_blank_lines_and_spaces_around_values(string newLine)
    {
        var text = string.Join(newLine, Lines("applications.csv").Select(l => l.Replace(",", " , ", StringComparison.Ordinal))) + newLine + newLine + newLine;

        AssertSameFiguresAsSample(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_table_reads_the_same_with_either_line_ending(string newLine)
    {
        var files = StatutoryFormat.Tables.Aggregate(Sample, (files, t) => files.With(t.FileName, string.Join(newLine, Lines(t.FileName)) + newLine));

        AssertSameFiguresAsSample(files.Check());
    }

    [Fact]
    public void Tab_separated_text_pasted_from_a_word_table()
    {
        var text = Sample["applications.csv"].Replace("\"", string.Empty, StringComparison.Ordinal).Replace(",", "\t", StringComparison.Ordinal);

        AssertSameFiguresAsSample(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Quoted_values_with_a_thousands_separator_and_full_width_digits()
    {
        var outcome = Sample.WithCell("active.csv", 7, 2, "1,387").WithCell("active.csv", 10, 2, "５１").Check();

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(1387m, outcome.Report!.Active["licensing", "decisions"]);
        Assert.Equal(51m, outcome.Report.Active["penalty", "decisions"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("-")]
    public void Placeholder_cells_read_as_zero_with_a_warning(string placeholder)
    {
        var outcome = Sample.WithCell("applications.csv", 5, 3, placeholder).Check();

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("C07", d.Rule.Id);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("sample/applications.csv", 5, 3), d.Location);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal(0m, outcome.Report!.Applications["partial", "business"]);
    }

    [Fact]
    public void A_blank_total_is_computed_not_zeroed()
    {
        var outcome = Sample.WithCell("applications.csv", 2, 8, "").Check();

        Assert.Equal("C07", Assert.Single(outcome.Diagnostics).Rule.Id);
        Assert.Equal(5m, outcome.Report!.Applications["new", "total"]);
    }

    [Fact]
    public void Rows_in_another_order_and_keys_instead_of_labels_are_accepted()
    {
        var lines = Lines("applications.csv");
        var reordered = new[] { lines[0] }.Concat(lines.Skip(1).Reverse()).ToList();
        reordered[1] = "carried_forward" + reordered[1][reordered[1].IndexOf(',', StringComparison.Ordinal)..];
        var header = "item,natural,business,research,nonprofit,legal,other,total";

        AssertSameFiguresAsSample(Sample.CheckWithBytes("applications.csv", Encoding.UTF8.GetBytes(string.Join("\n", [header, .. reordered.Skip(1)]))));
    }

    [Fact]
    public void Reviews_header_pasted_as_the_official_three_header_rows()
    {
        var text = """
            行政复议,,,,,行政诉讼,,,,,,,,,
            结果维持,结果纠正,其他结果,尚未审结,总计,未经复议直接起诉,,,,,复议后起诉,,,,
            ,,,,,结果维持,结果纠正,其他结果,尚未审结,总计,结果维持,结果纠正,其他结果,尚未审结,总计
            1,0,0,2,3,0,1,0,0,1,0,0,0,0,0
            """;

        var outcome = Sample.With("reviews.csv", text).Check();

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(2m, outcome.Report!.Reviews["review", "pending"]);
        Assert.Equal(1m, outcome.Report.Reviews["direct_suit", "corrected"]);
    }
}
