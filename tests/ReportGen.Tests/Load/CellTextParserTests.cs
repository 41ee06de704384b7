using ReportGen.Load;
using ReportGen.Tables;

namespace ReportGen.Tests.Load;

public class CellTextParserTests
{
    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 12 ", 12)]
    [InlineData("１２３", 123)]
    [InlineData("1,234", 1234)]
    [InlineData("12,345,678", 12345678)]
    [InlineData("96171.6", 96171.6)]
    [InlineData("7730.28", 7730.28)]
    [InlineData("-3", -3)]
    [InlineData("\u3000７\u3000", 7)]
    public void Numbers_as_people_write_them(string text, double expected)
    {
        var cell = CellTextParser.Parse(text);

        Assert.Equal(CellTextKind.Number, cell.Kind);
        Assert.Equal((decimal)expected, cell.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("——")]
    [InlineData(" ／ ")]
    public void Blank_and_dash_cells_are_placeholders(string text) =>
        Assert.Equal(CellTextKind.Placeholder, CellTextParser.Parse(text).Kind);

    [Theory]
    [InlineData("=SUM(B2:G2)", "公式")]
    [InlineData("5件", "不是数字")]
    [InlineData("abc", "不是数字")]
    [InlineData("1,23", "不是数字")]
    [InlineData("1e5", "不是数字")]
    [InlineData("99999999999999999999999999999999", "范围")]
    public void Other_text_is_invalid_with_a_reason(string text, string reason)
    {
        var cell = CellTextParser.Parse(text);

        Assert.Equal(CellTextKind.Invalid, cell.Kind);
        Assert.Contains(reason, cell.Problem, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(cell.Hint));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("007")]
    [InlineData("123456789012345678")]
    [InlineData("1234567890123456789")]
    [InlineData(" 12 ")]
    [InlineData("１２")]
    [InlineData("1.0")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("行政复议/结果维持")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("٣")]
    public void The_shortcuts_agree_with_the_full_parser(string text)
    {
        var full = CellTextParser.Parse(text);

        if (CellTextParser.TryParseDigits(text, out var value))
        {
            Assert.Equal(CellTextKind.Number, full.Kind);
            Assert.Equal(full.Value, value);
            Assert.Equal(full.Value.Scale, value.Scale);
        }
        if (!CellTextParser.MayBeNumber(text))
        {
            Assert.NotEqual(CellTextKind.Number, full.Kind);
        }
    }
}
