using ReportGen.Format;

namespace ReportGen.Tests.Format;

/// <summary>What the 2019 trial edition prints differently is its data, read by the importers (docs/format.md, "Editions").</summary>
public class FormatEditionTests
{
    [Fact]
    public void The_2019_one_row_group_stands_for_the_three_2021_rows_under_it()
    {
        var rows = StatutoryFormat.Trial2019.OneRowRows;

        Assert.Equal(["other_no_correction", "other_no_fee", "other_other"], rows.Select(r => r.Key));
        Assert.All(rows, r => Assert.Equal(StatutoryFormat.Trial2019.OneRowGroup, r.Groups[^1]));
        Assert.True(StatutoryFormat.Trial2019.IsOneRowLabel("3.其他"));
        Assert.False(StatutoryFormat.Trial2019.IsOneRowLabel("（七）总计"));
        Assert.Empty(StatutoryFormat.Current.OneRowRows);
    }
}
