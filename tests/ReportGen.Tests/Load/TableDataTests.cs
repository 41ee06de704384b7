using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Tests.Load;

public class TableDataTests
{
    private static readonly TableSpec Spec = StatutoryFormat.Applications;

    private static KeyValuePair<CellRef, CellValue> Figure(string row, string column, decimal value) =>
        KeyValuePair.Create(new CellRef(row, column), new CellValue(value, CellOrigin.Read, null));

    [Fact]
    public void A_table_reads_back_the_figures_it_was_given_and_nothing_else()
    {
        var table = TableData.Of(Spec, [Figure("new", "natural", 5m)]);

        Assert.Equal(5m, table.Cell(new CellRef("new", "natural"))!.Value);
        Assert.Equal(5m, table["new", "natural"]);
        Assert.Null(table.Cell(new CellRef("new", "business")));
        Assert.Equal(0m, table["new", "business"]);
        Assert.Null(table.Cell(new CellRef("not_a_row", "natural")));
        Assert.Equal([new CellRef("new", "natural")], table.Figures().Select(f => f.Cell));
    }

    [Fact]
    public void A_cell_outside_the_format_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TableData.Of(Spec, [Figure("not_a_row", "natural", 7m)]));
    }

    [Fact]
    public void Computed_totals_are_filled_from_their_parts()
    {
        var parts = Spec.Cells.Where(c => !Spec.IsComputable(c)).Select(c => Figure(c.Row, c.Column, 1m));

        var table = TableData.Of(Spec, parts).WithComputedTotals();

        var total = table.Cell(new CellRef("new", "total"));
        Assert.Equal(CellOrigin.Computed, total!.Origin);
        Assert.Equal(6m, total.Value);
        Assert.Equal(21m, table["handled", "natural"]);
        Assert.Equal(Spec.Cells.Length, table.Figures().Count());
        Assert.All(table.Figures(), f => Assert.Same(f.Value, table.Cell(f.Cell)));
    }

    [Fact]
    public void A_total_that_was_read_is_kept_even_when_it_disagrees()
    {
        var table = TableData.Of(Spec, [.. Spec.Cells.Select(c => Figure(c.Row, c.Column, c.Column == "total" ? 9m : 1m))]).WithComputedTotals();

        Assert.Equal(9m, table["new", "total"]);
        Assert.Equal(CellOrigin.Read, table.Cell(new CellRef("new", "total"))!.Origin);
    }

    [Fact]
    public void A_figure_keeps_the_place_it_was_read_at()
    {
        var value = new CellValue(3m, CellOrigin.Read, "x/applications.csv", 4, 2);

        Assert.Equal(new SourceLocation("x/applications.csv", 4, 2), value.Location);
        Assert.Equal(value, new CellValue(3m, CellOrigin.Read, new SourceLocation("x/applications.csv", 4, 2)));
        Assert.Null(new CellValue(3m, CellOrigin.Computed, null).Location);
    }
}
