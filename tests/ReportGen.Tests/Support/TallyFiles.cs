using System.Globalization;
using System.Text;
using CsCheck;
using ReportGen.Format;

namespace ReportGen.Tests.Support;

/// <summary>
/// Random tallies that satisfy every rule, written as CSV files from the format's own description,
/// so property tests need no label of their own.
/// </summary>
internal static class TallyFiles
{
    /// <summary>Figures by table key and cell.</summary>
    public static Gen<Dictionary<string, Dictionary<CellRef, decimal>>> Balanced { get; } =
        Gen.Int[0, 30].Array[21 * 6 + 6 + 12 + 5].Select(Gen.Int[0, 4000000], (n, fee) => Build(n, fee / 100m));

    private static Dictionary<string, Dictionary<CellRef, decimal>> Build(int[] n, decimal fee)
    {
        var next = 0;
        int Take() => n[next++ % n.Length];

        var apps = new Dictionary<CellRef, decimal>();
        var spec = StatutoryFormat.Applications;
        var outcomes = spec.Sums.First(s => s.Rule == RuleCatalog.R2).Parts.Select(p => p.Row).ToList();
        foreach (var column in spec.Columns.Where(c => !c.IsTotal).Select(c => c.Key))
        {
            foreach (var row in outcomes)
            {
                apps[new(row, column)] = Take() % 4 == 0 ? Take() : 0;
            }
            var handled = outcomes.Sum(r => apps[new(r, column)]);
            var carriedOver = Math.Min(Take() % 5, handled);
            var carriedForward = Take() % 5;
            apps[new("handled", column)] = handled;
            apps[new("carried_over", column)] = carriedOver;
            apps[new("carried_forward", column)] = carriedForward;
            apps[new("new", column)] = handled + carriedForward - carriedOver;
        }
        foreach (var row in spec.Rows)
        {
            apps[new(row.Key, "total")] = spec.Columns.Where(c => !c.IsTotal).Sum(c => apps[new(row.Key, c.Key)]);
        }

        var reviews = new Dictionary<CellRef, decimal>();
        foreach (var row in StatutoryFormat.Reviews.Rows)
        {
            foreach (var column in row.Columns.Where(c => c != "total"))
            {
                reviews[new(row.Key, column)] = Take() % 3;
            }
            reviews[new(row.Key, "total")] = row.Columns.Where(c => c != "total").Sum(c => reviews[new(row.Key, c)]);
        }

        var active = new Dictionary<CellRef, decimal>();
        foreach (var cell in StatutoryFormat.Active.Cells)
        {
            active[cell] = StatutoryFormat.Active.Column(cell.Column).Kind == CellKind.Amount ? fee : Take();
        }
        return new() { ["active"] = active, ["applications"] = apps, ["reviews"] = reviews };
    }

    public static SampleFiles Files(Dictionary<string, Dictionary<CellRef, decimal>> figures)
    {
        static string F(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        var active = new StringBuilder();
        foreach (var row in StatutoryFormat.Active.Rows)
        {
            active.Append(CsvText.Join([row.Label, .. row.Columns.Select(c => F(figures["active"][new(row.Key, c)]))])).Append('\n');
        }
        var spec = StatutoryFormat.Applications;
        var apps = new StringBuilder(CsvText.Join([spec.RowHeaderLabel, .. spec.Columns.Select(c => c.Label)]) + "\n");
        foreach (var row in spec.Rows)
        {
            apps.Append(CsvText.Join([row.Label, .. spec.Columns.Select(c => F(figures["applications"][new(row.Key, c.Key)]))])).Append('\n');
        }
        var reviewCells = StatutoryFormat.Reviews.Cells.ToList();
        var reviews = CsvText.Join(reviewCells.Select(StatutoryFormat.Reviews.CellColumnLabel)) + "\n"
            + CsvText.Join(reviewCells.Select(c => F(figures["reviews"][c]))) + "\n";
        return SampleFiles.Load()
            .With("active.csv", active.ToString())
            .With("applications.csv", apps.ToString())
            .With("reviews.csv", reviews)
            // The sample's "无……信息处理费" would contradict a random 表三（六）2 (N05): these tallies make no claim.
            .With("other.md", "（一）收取信息处理费情况。本年度发出收费通知及收取信息处理费的情况见表三。\n");
    }

    /// <summary>The 1-based line and column at which <see cref="Files"/> writes a cell.</summary>
    public static (string File, int Line, int Column) Location(string table, CellRef cell)
    {
        if (table == "reviews")
        {
            return ("reviews.csv", 2, StatutoryFormat.Reviews.Cells.ToList().IndexOf(cell) + 1);
        }
        var spec = StatutoryFormat.Applications;
        return ("applications.csv", 2 + spec.Rows.IndexOf(spec.Row(cell.Row)), 2 + spec.Columns.IndexOf(spec.Column(cell.Column)));
    }
}
