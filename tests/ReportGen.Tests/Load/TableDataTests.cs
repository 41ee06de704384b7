using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Tests.Load;

public class TableDataTests
{
    private static readonly TableSpec Spec = StatutoryFormat.Applications;

    [Fact]
    public void A_table_gives_back_the_dictionary_it_was_built_from_and_finds_every_key_in_it()
    {
        var outside = new CellRef("not_a_row", "natural");
        var cells = ImmutableDictionary<CellRef, CellValue>.Empty
            .Add(new CellRef("new", "natural"), new CellValue(5m, CellOrigin.Read, null))
            .Add(outside, new CellValue(7m, CellOrigin.Read, null));

        var table = new TableData(Spec, cells);

        Assert.Same(cells, table.Cells);
        Assert.Equal(5m, table["new", "natural"]);
        Assert.Equal(7m, table["not_a_row", "natural"]);
        Assert.Equal(0m, table["new", "business"]);
        Assert.Null(table.Cell(new CellRef("new", "business")));
        Assert.Equal(table, table with { });
        Assert.NotEqual(table, new TableData(Spec, cells.Remove(outside)));
    }

    [Fact]
    public void Replacing_the_cells_replaces_what_lookups_see()
    {
        var table = TableData.Zero(Spec);

        var changed = table with { Cells = table.Cells.SetItem(new CellRef("new", "natural"), new CellValue(3m, CellOrigin.Read, null)) };

        Assert.Equal(0m, table["new", "natural"]);
        Assert.Equal(3m, changed["new", "natural"]);
    }

    [Fact]
    public void Computed_totals_are_filled_from_their_parts_and_show_in_the_dictionary()
    {
        var cells = Spec.Cells.Where(c => !Spec.IsComputable(c))
            .ToImmutableDictionary(c => c, c => new CellValue(1m, CellOrigin.Read, null));

        var table = new TableData(Spec, cells).WithComputedTotals();

        var total = table.Cell(new CellRef("new", "total"));
        Assert.Equal(CellOrigin.Computed, total!.Origin);
        Assert.Equal(6m, total.Value);
        Assert.Equal(Spec.Cells.Count(), table.Cells.Count);
        Assert.All(table.Cells, kv => Assert.Same(kv.Value, table.Cell(kv.Key)));
        Assert.Equal(table.Cells.Count, table.Figures().Count());
        Assert.True(table.Cells.Values.ToHashSet(ReferenceEqualityComparer.Instance).SetEquals(table.Figures()));
    }

    [Fact]
    public void A_table_with_nothing_to_compute_stays_equal_to_itself()
    {
        var table = TableData.Zero(Spec);

        Assert.Equal(table, table.WithComputedTotals());
    }
}
