using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

public class SampleRulesTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    [Fact]
    public void The_seed_sample_passes_with_no_findings()
    {
        var outcome = Sample.Check();

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.Equal(5m, outcome.Report!.Applications["new", "total"]);
        Assert.Equal(387m, outcome.Report.Active["licensing", "decisions"]);
    }

    public static TheoryData<string, int, int> FigureCells()
    {
        var data = new TheoryData<string, int, int>();
        // applications.csv: lines 2–26 hold the 25 rows, columns 2–8 the seven figures.
        for (var line = 2; line <= 26; line++)
        {
            for (var column = 2; column <= 8; column++)
            {
                data.Add("applications.csv", line, column);
            }
        }
        for (var column = 1; column <= 15; column++)
        {
            data.Add("reviews.csv", 2, column);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FigureCells))]
    public void Changing_any_one_figure_is_reported_at_that_cell(string file, int line, int column)
    {
        var original = decimal.Parse(CsvText.Split(Sample[file].Split('\n')[line - 1].TrimEnd('\r'))[column - 1], System.Globalization.CultureInfo.InvariantCulture);
        var changed = Sample.WithCell(file, line, column, (original + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var outcome = changed.Check();

        Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
        var cell = new SourceLocation($"sample/{file}", line, column);
        Assert.Contains(outcome.Diagnostics, d =>
            d.Severity == Severity.Error && (d.Location == cell || d.Operands.Any(o => o.Location == cell)));
    }
}
