using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

/// <summary>
/// init's rules on its request (Pipeline/InitRequestValidator): the CLI words them with its options, the
/// page and init itself with the form's fields, and init refuses a request no front end checked.
/// </summary>
public sealed class InitRequestRulesTests
{
    [Theory]
    [InlineData("某局", "2024", new string[0])]
    [InlineData("", "2024", new[] { "机关名称应为机关全称（不能为空，不能含换行等控制字符），例如“某某市某某局”" })]
    [InlineData("某局", "2007", new[] { "报告年度应为 2008 至 2100 之间的年度（四位数字），而不是“2007”" })]
    [InlineData("某局", "2100", new string[0])]
    [InlineData("某\t局", "二〇二四", new[] { "机关名称应为机关全称（不能为空，不能含换行等控制字符），例如“某某市某某局”", "报告年度应为 2008 至 2100 之间的年度（四位数字），而不是“二〇二四”" })]
    public void The_form_is_told_every_problem_in_its_own_words(string agency, string year, string[] problems)
    {
        Assert.Equal(problems, InitRequestValidator.Form.Value.Problems("x", agency, year));
    }

    [Fact]
    public void The_cli_names_its_options_and_refuses_a_name_no_agency_has()
    {
        var problems = InitRequestValidator.Options.Value.Problems("x", new string('局', InitRequestValidator.MaxAgencyLength + 1), "2024");

        Assert.Equal("--agency 过长：机关全称不超过 200 个字，例如“某某市某某局”", Assert.Single(problems));
    }

    [Fact]
    public void Init_refuses_a_request_no_front_end_checked_and_makes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.File("x");

        var outcome = new ReportInitializer().Init(new InitRequest(folder, "某局", 1999));

        var refusal = Assert.Single(outcome.Diagnostics);
        Assert.Equal("报告年度应为 2008 至 2100 之间的年度（四位数字），而不是“1999”", refusal.Message);
        Assert.Equal(ReportGen.Model.ExitCode.JobFailed, outcome.ExitCode);
        Assert.Empty(outcome.Written);
        Assert.False(Directory.Exists(folder));
    }
}
