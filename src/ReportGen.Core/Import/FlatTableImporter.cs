using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Import;

/// <summary>
/// Reads a flat table (<see cref="TableLayout.Flat"/>: 表四): header rows (行政复议 / 行政诉讼, then the
/// groups, then the results) and one row of figures (fifteen). Each figure's cell comes from the composed
/// header path ("行政诉讼/复议后起诉/总计"), so a table whose columns are ordered differently still lands right.
/// </summary>
internal sealed class FlatTableImporter : ITableImporter
{
    public TableImportResult Import(TableSpec spec, IReadOnlyList<SourceBlock> region, SourceDocument document, ImportFindings findings) =>
        TableImportResult.Of(Import(spec, RegionRows.Of(region, document, findings), document, findings));

    private static TableData Import(TableSpec spec, List<SourceRow> rows, SourceDocument document, ImportFindings findings)
    {
        var import = new TableImport(spec, document, findings);
        var cells = spec.Cells.ToList();
        var dataIndex = rows.FindIndex(r => TableRowParts.Of(r).HasFigure);
        if (dataIndex < 0)
        {
            return import.Reader.Finish(rows.Count > 0 ? rows[0].Location : null);
        }
        var data = rows[dataIndex];
        var parts = TableRowParts.Of(data);
        var columns = MapColumns(import, [.. rows.Take(dataIndex)], cells, data.Location);
        if (parts.Exactly(cells.Count) is { } values)
        {
            foreach (var row in spec.Rows)
            {
                import.Reader.Claim(row, data.Location);
            }
            for (var i = 0; i < values.Count; i++)
            {
                import.Reader.SetCell(columns[i], values[i], data.Location);
            }
        }
        else
        {
            import.Unplaced(data.Location,
                $"{spec.Number}应有 {cells.Count} 个数字，这一行有 {parts.Values.Count(v => v.Length > 0)} 个，无法确定各自的列，未导入",
                $"请核对原文，导入后在 {spec.FileName} 中填写");
        }
        foreach (var extra in rows.Skip(dataIndex + 1).Where(r => TableRowParts.Of(r).HasFigure))
        {
            import.Unplaced(extra.Location, $"{spec.Number}只有一行数字，这一行多余，未导入", "请核对原文");
        }
        return import.Reader.Finish(data.Location);
    }

    private static List<CellRef> MapColumns(TableImport import, List<SourceRow> header, List<CellRef> official, SourceLocation dataLocation)
    {
        var spec = import.Spec;
        var paths = HeaderPaths.Compose([.. header.Select(r => r.Texts)], official.Count, alignRight: true)
            .Select(p => string.Join('/', p)).ToList();
        var matches = paths.Select(p => LabelMatcher.Match(p, spec.FlatColumns)).ToList();
        if (matches.All(m => m.Item is not null) && matches.Select(m => m.Item!.Cell).Distinct().Count() == official.Count)
        {
            for (var i = 0; i < paths.Count; i++)
            {
                import.Reader.WarnNearMiss(matches[i], paths[i], header[^1].Location, null, matches[i].Suggestion);
            }
            return [.. matches.Select(m => m.Item!.Cell)];
        }
        // A header whose upper cells are centred over their columns (a PDF's) cannot be composed into paths,
        // but when every column's own label is the official one in the official order, the order is proven.
        var leaves = HeaderPaths.Compose([.. header.Select(r => r.Texts)], official.Count, alignRight: true)
            .Select(p => p.LastOrDefault() ?? string.Empty).ToList();
        if (leaves.Select((l, i) => LabelMatcher.Normalise(l) == LabelMatcher.Normalise(spec.Column(official[i].Column).Label)).All(same => same))
        {
            return official;
        }
        var at = header.Count > 0 ? header[0].Location : dataLocation;
        import.Findings.Add(RuleCatalog.ImportHeaderGuessed, at,
            $"{import.Document.Where(at)}：{spec.Number}的表头无法识别，按官方列序（{string.Join("、", spec.Rows.Select(r => r.Label))}，各为{string.Join("、", spec.Columns.Select(c => c.Label))}）读取",
            "请核对导入的各列数字是否与原文一致", spec.DisplayName);
        return official;
    }
}
