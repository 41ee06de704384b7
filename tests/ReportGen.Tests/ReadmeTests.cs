using ReportGen.Format;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>The README is the reference people work from: it must name every key and rule the tool knows.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repo.Path_("README.md"));

    [Fact]
    public void Every_row_and_column_key_is_documented()
    {
        var keys = StatutoryFormat.Tables.SelectMany(t => t.Rows.Select(r => r.Key).Concat(t.Columns.Select(c => c.Key))).Distinct();

        Assert.All(keys, key => Assert.Contains($"`{key}`", Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_documented()
    {
        Assert.All(RuleCatalog.All.Where(r => !r.Id.StartsWith('I')), rule => Assert.Contains(rule.Id, Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_template_name_is_documented()
    {
        var sample = SampleFiles.Load().Check().Report!;
        var model = ReportGen.Render.TemplateModel.Build(sample, new Dictionary<string, string>());
        var tables = StatutoryFormat.Tables.Select(t => t.Key).ToHashSet();

        var names = ReportGen.Render.TemplateModel.Names(model).Where(n => !tables.Contains(n.Split('.')[0]));

        Assert.All(names, name => Assert.Contains($"`{name}", Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_screen_has_the_two_commands()
    {
        var firstScreen = string.Join('\n', Readme.Split('\n').Take(20));

        Assert.Contains("dotnet run --project src/ReportGen.Cli -- build samples/liaocheng-culture-tourism-2023", firstScreen, StringComparison.Ordinal);
        Assert.Contains("dotnet test ReportGen.sln", firstScreen, StringComparison.Ordinal);
    }
}
