using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>
/// The rows of a table's region, for the importers that read rows only (blocks, flat): a caption or a
/// table's own labels left as a line of text are kept as rows, other text cannot belong anywhere and is reported.
/// </summary>
internal static class RegionRows
{
    public static List<SourceRow> Of(IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings)
    {
        var rows = new List<SourceRow>();
        foreach (var block in region)
        {
            switch (block)
            {
                case SourceTableRow r:
                    rows.Add(r.Row);
                    break;
                case SourceParagraph p when TableStructure.IsCaption(p.Text):
                    break;
                case SourceParagraph p when TableStructure.Tokens(p.Text) is { } labels:
                    rows.Add(SourceRow.Of(labels, p.Location));
                    break;
                case SourceParagraph p when TableStructure.IsPieces(p.Text):
                    // Header labels broken into pieces ("维持纠正结果审结"): the header finding says the header was not read.
                    break;
                case SourceParagraph p:
                    findings.AddStray(document, p.Location, p.Text);
                    break;
            }
        }
        return rows;
    }
}
