using ReportGen.Format;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>
/// Tallies that satisfy every rule, with a different figure in every cell (a swapped row or column
/// shows) and 7-digit totals (the widest a city's aggregate reaches). Built from the format's own
/// description, so no label is typed here.
/// </summary>
internal static class WideTallies
{
    public static Dictionary<string, Dictionary<CellRef, decimal>> Figures { get; } = Build();

    /// <summary>A report folder with these figures and the sample's narrative (which quotes no figure).</summary>
    public static SampleFiles Files(string agency = "聊城市文化和旅游局") =>
        TallyFiles.Files(Figures).With("report.json", SampleFiles.Load()["report.json"].Replace("聊城市文化和旅游局", agency, StringComparison.Ordinal));

    private static Dictionary<string, Dictionary<CellRef, decimal>> Build()
    {
        var spec = StatutoryFormat.Applications;
        var outcomes = spec.Sums.First(s => s.Rule == RuleCatalog.R2).Parts.Select(p => p.Row).ToList();
        var apps = new Dictionary<CellRef, decimal>();
        var parts = spec.Columns.Where(c => !c.IsTotal).Select(c => c.Key).ToList();
        for (var j = 0; j < parts.Count; j++)
        {
            var column = parts[j];
            for (var i = 0; i < outcomes.Count; i++)
            {
                apps[new(outcomes[i], column)] = ((j + 1) * 10000) + ((i + 1) * 37) + j;
            }
            var handled = outcomes.Sum(r => apps[new(r, column)]);
            apps[new("handled", column)] = handled;
            apps[new("carried_over", column)] = 123 + j;
            apps[new("carried_forward", column)] = 4567 + j;
            apps[new("new", column)] = handled + 4567 + j - (123 + j);
        }
        foreach (var row in spec.Rows)
        {
            apps[new(row.Key, "total")] = parts.Sum(c => apps[new(row.Key, c)]);
        }

        var reviews = new Dictionary<CellRef, decimal>();
        var r = 0;
        foreach (var row in StatutoryFormat.Reviews.Rows)
        {
            r++;
            var c = 0;
            foreach (var column in row.Columns.Where(c => c != "total"))
            {
                reviews[new(row.Key, column)] = (r * 100000) + (++c * 11);
            }
            reviews[new(row.Key, "total")] = row.Columns.Where(c => c != "total").Sum(c => reviews[new(row.Key, c)]);
        }

        var active = new Dictionary<CellRef, decimal>();
        var n = 0;
        foreach (var cell in StatutoryFormat.Active.Cells)
        {
            active[cell] = StatutoryFormat.Active.Column(cell.Column).Kind == CellKind.Amount ? 1234.5m : 1000 + (++n * 7);
        }
        return new() { ["active"] = active, ["applications"] = apps, ["reviews"] = reviews };
    }
}
