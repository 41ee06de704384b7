using ReportGen.Format;

namespace ReportGen.Tests.Format;

/// <summary>What the 2019 trial edition prints differently is its data, read by the importers (docs/format.md, "Editions").</summary>
public class FormatEditionTests
{
    [Fact]
    public void The_2019_one_row_group_stands_for_the_three_2021_rows_under_it()
    {
        var trial = StatutoryFormat.Trial2019.For(StatutoryFormat.Applications);
        var rows = trial.OneRowRows;

        Assert.Equal(["other_no_correction", "other_no_fee", "other_other"], rows.Select(r => r.Key));
        Assert.All(rows, r => Assert.Equal(trial.OneRowGroup, r.Groups[^1]));
        Assert.True(trial.IsOneRowLabel("3.其他"));
        Assert.False(trial.IsOneRowLabel("（七）总计"));
        Assert.True(StatutoryFormat.Trial2019.IsOneRowLabel(StatutoryFormat.Applications.DisplayName, "3.其他"));
        Assert.False(StatutoryFormat.Trial2019.IsOneRowLabel(StatutoryFormat.Active.DisplayName, "3.其他"));
        Assert.Empty(StatutoryFormat.Current.For(StatutoryFormat.Applications).OneRowRows);
        Assert.Empty(StatutoryFormat.Trial2019.For(StatutoryFormat.Reviews).OneRowRows);
        Assert.False(StatutoryFormat.Trial2019.For(StatutoryFormat.Reviews).HasAliases);
    }
}
