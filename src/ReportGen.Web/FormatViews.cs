using ReportGen.Format;

namespace ReportGen.Web;

/// <summary>The statutory format as the page draws it: the page retypes no label, key or rule, it reads them from here.</summary>
internal static class FormatViews
{
    public static readonly FormatView Format = new(
        StatutoryFormat.FormatName,
        [.. StatutoryFormat.Tables.Select(Table)],
        [.. StatutoryFormat.Sections.Select(s => new SectionView(s.Key, s.Heading, s.TableKey, s.NarrativeFile))]);

    private static TableView Table(TableSpec spec) => new(
        spec.Key, spec.Number, spec.Title, spec.Layout.ToString(), spec.RowHeaderLabel, spec.CornerLabel, spec.ColumnsTitle,
        [.. spec.Columns.Select(c => new ColumnView(c.Key, c.Label, [.. c.Groups], c.IsTotal, c.Kind == CellKind.Amount))],
        [.. spec.Rows.Select(r => new RowView(r.Key, r.Label, [.. r.Groups], [.. r.Columns], r.IsTotal))],
        [.. spec.Sums.Select(s => new SumView(Key(s.Total), [.. s.Parts.Select(Key)]))]);

    private static string Key(CellRef cell) => $"{cell.Row}/{cell.Column}";
}
