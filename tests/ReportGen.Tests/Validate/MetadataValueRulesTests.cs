using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validate;

/// <summary>
/// report.json's rules on its values (Validate/ReportMetadataValidator), run by the loader after the JSON's
/// shape: each finding is M01 at the line of its key, and what fails is left out as a value of the wrong type is.
/// </summary>
public sealed class MetadataValueRulesTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    private static IReadOnlyList<ReportGen.Model.Diagnostic> M01(string json, out ReportGen.Pipeline.CheckOutcome outcome)
    {
        outcome = Sample.With("report.json", json).Check();
        return [.. outcome.Diagnostics.Where(d => d.Rule.Id == "M01")];
    }

    [Theory]
    [InlineData("{\n  \"agency\": \"某局\",\n\n  \"year\": 1999\n}", 4, "sample/report.json 的年度 1999 不可能：政府信息公开条例自 2008 年施行")]
    [InlineData("{\n  \"agency\": \"某局\",\n  \"year\": 2101\n}", 3, "sample/report.json 的年度 2101 不可能：政府信息公开条例自 2008 年施行")]
    [InlineData("{\n  \"year\": 2023,\n  \"agency\": \"  \"\n}", 3, "sample/report.json 的“agency”应为非空文本")]
    [InlineData("{\n  \"year\": 2023,\n  \"agency\": \"某局\\n# 假标题\"\n}", 3, "sample/report.json 的“agency”含换行或控制字符")]
    public void A_required_value_that_breaks_a_rule_is_M01_at_its_line_and_leaves_no_report(string json, int line, string message)
    {
        var finding = Assert.Single(M01(json, out var outcome));

        Assert.Equal(message, finding.Message);
        Assert.Equal(("sample/report.json", line), (finding.Location!.File, finding.Location.Line));
        Assert.Null(outcome.Report);
    }

    [Fact]
    public void An_optional_text_that_breaks_a_rule_is_M01_at_its_line_and_is_left_out()
    {
        LeftOut("\"title\": \"某局\\t2023年政府信息公开工作年度报告\"", "“title”含换行或控制字符");
        LeftOut("\"title\": \" \"", "“title”应为非空文本");
        LeftOut("\"opening\": \"第一段\\u0007\"", "“opening”含换行或控制字符");
        LeftOut("\"signature\": { \"agency\": \"某\\n局\", \"date\": \"2024-01-20\" }", "“agency”含换行或控制字符");

        static void LeftOut(string field, string told)
        {
            var json = "{\n  \"agency\": \"聊城市文化和旅游局\",\n  \"year\": 2023,\n  " + field + "\n}";

            var finding = Assert.Single(M01(json, out var outcome));

            Assert.Equal("sample/report.json 的" + told, finding.Message);
            Assert.Equal(4, finding.Location!.Line);
            var metadata = outcome.Report!.Metadata;
            Assert.Null(metadata.Title);
            Assert.Null(metadata.Opening);
            Assert.Equal("聊城市文化和旅游局", metadata.Signature?.Agency ?? metadata.Agency);
        }
    }

    [Fact]
    public void Line_breaks_are_text_in_the_opening_only()
    {
        var json = "{ \"agency\": \"聊城市文化和旅游局\", \"year\": 2023, \"opening\": \"第一段。\\n第二段。\" }";

        Assert.Empty(M01(json, out var outcome));
        Assert.Equal("第一段。\n第二段。", outcome.Report!.Metadata.Opening);
    }

    [Fact]
    public void A_value_of_another_type_is_told_as_a_blank_one_is()
    {
        var json = "{\n  \"agency\": \"聊城市文化和旅游局\",\n  \"year\": 2023,\n  \"title\": 7\n}";

        var finding = Assert.Single(M01(json, out _));

        Assert.Equal("sample/report.json 的“title”应为非空文本", finding.Message);
        Assert.Equal("请写成 \"title\": \"…\"", finding.Hint);
        Assert.Equal(4, finding.Location!.Line);
    }
}
