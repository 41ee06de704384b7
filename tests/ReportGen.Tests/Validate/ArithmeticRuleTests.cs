using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

public class ArithmeticRuleTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static Diagnostic Single(SampleFiles files, string rule)
    {
        var findings = files.Check().Diagnostics.Where(d => d.Rule.Id == rule).ToList();
        return Assert.Single(findings);
    }

    [Fact]
    public void R1_a_column_that_does_not_balance_is_reported_at_its_carried_forward_cell()
    {
        // 结转下年度 (line 26) of 自然人 (column 2) set to 2: 5 + 0 ≠ 5 + 2. R4 also fires on that row's total.
        var d = Single(Sample.WithCell("applications.csv", 26, 2, "2"), "R1");

        Assert.Equal(new SourceLocation("sample/applications.csv", 26, 2), d.Location);
        Assert.Equal("四、结转下年度继续办理", d.Row);
        Assert.Equal("自然人", d.Column);
        Assert.Equal(0m, d.Expected);
        Assert.Equal(2m, d.Actual);
        Assert.Equal(2m, d.Difference);
        Assert.Equal(4, d.Operands.Length);
        Assert.Contains(d.Operands, o => o.Row == "一、本年新收政府信息公开申请数量" && o.Value == 5m
            && o.Location == new SourceLocation("sample/applications.csv", 2, 2));
        Assert.Contains("表三", d.Table, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_a_handled_total_that_is_not_the_sum_of_the_outcomes()
    {
        // （七）总计 (line 25), 商业企业 (column 3) set to 1 while every outcome is 0.
        var files = Sample.WithCell("applications.csv", 25, 3, "1").WithCell("applications.csv", 26, 3, "-1");
        var d = files.Check().Diagnostics.Single(x => x.Rule.Id == "R2");

        Assert.Equal(new SourceLocation("sample/applications.csv", 25, 3), d.Location);
        Assert.Equal("（七）总计", d.Row);
        Assert.Equal(0m, d.Expected);
        Assert.Equal(1m, d.Actual);
        Assert.Equal(21, d.Operands.Length);
    }

    [Fact]
    public void R4_a_row_total_that_is_not_the_sum_of_the_applicant_types()
    {
        var d = Single(Sample.WithCell("applications.csv", 3, 8, "4"), "R4");

        Assert.Equal(new SourceLocation("sample/applications.csv", 3, 8), d.Location);
        Assert.Equal("二、上年结转政府信息公开申请数量", d.Row);
        Assert.Equal(0m, d.Expected);
        Assert.Equal(4m, d.Actual);
        Assert.Equal(6, d.Operands.Length);
        Assert.Contains("相差 4", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R5_a_review_total_of_zero_while_its_parts_are_not()
    {
        // docs/format.md, "What published reports get wrong": 表四 总计 cells of 0 while the four parts sum to 11.
        var files = Sample.WithCell("reviews.csv", 2, 1, "5").WithCell("reviews.csv", 2, 4, "6");

        var d = Single(files, "R5");

        Assert.Equal(new SourceLocation("sample/reviews.csv", 2, 5), d.Location);
        Assert.Equal(11m, d.Expected);
        Assert.Equal(0m, d.Actual);
        Assert.Equal(-11m, d.Difference);
        Assert.Equal("行政复议/总计", d.Column);
    }

    [Theory]
    [InlineData("-1", "为负数")]
    [InlineData("1.5", "为小数")]
    [InlineData("99999999999", "过大")]
    public void R8_counts_are_non_negative_integers(string value, string words)
    {
        var findings = Sample.WithCell("applications.csv", 5, 2, value).Check().Diagnostics;

        var d = Assert.Single(findings, x => x.Rule.Id == "R8");
        Assert.Equal(new SourceLocation("sample/applications.csv", 5, 2), d.Location);
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", d.Row);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R8_the_fee_may_be_a_decimal_but_not_negative()
    {
        // active.csv line 14 is 行政事业性收费.
        Assert.DoesNotContain(Sample.WithCell("active.csv", 14, 2, "96171.6").Check().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("R8", Assert.Single(Sample.WithCell("active.csv", 14, 2, "-3").Check().Diagnostics).Rule.Id);
    }

    [Fact]
    public void Every_finding_is_reported_in_one_pass()
    {
        var files = Sample
            .WithCell("applications.csv", 3, 8, "4")
            .WithCell("reviews.csv", 2, 1, "1")
            .WithCell("active.csv", 3, 2, "x");

        var rules = files.Check().Diagnostics.Select(d => d.Rule.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "R4", "R5", "C06" }, rules);
    }

    [Fact]
    public void Absent_totals_are_computed_and_not_reported()
    {
        var lines = Sample["applications.csv"].Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)
            .Select(l => CsvText.Join(CsvText.Split(l).Take(7)));
        var outcome = Sample.With("applications.csv", string.Join('\n', lines)).Check();

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(5m, outcome.Report!.Applications["handled", "total"]);
        Assert.Equal(CellOrigin.Computed, outcome.Report.Applications.Cell(new("new", "total"))!.Origin);
    }
}
