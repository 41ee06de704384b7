using System.Collections.Immutable;
using ReportGen.Disk;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>`reportgen aggregate`: the report folders (or parents of them) to sum, where to write, the name of the region, and whether its tables are tables.xlsx.</summary>
internal sealed record AggregateRequest(ImmutableArray<string> Folders, string Output, string? Agency, bool Workbook = false);

/// <summary>What aggregating did: each input's check, and the folder written (null when refused).</summary>
internal sealed record AggregateOutcome(ImmutableArray<CheckOutcome> Inputs, ImmutableArray<Diagnostic> Diagnostics, string? Written) : JobOutcome(Diagnostics)
{
    protected override bool Done => Written is not null;
}

/// <summary>A report given a second time (<paramref name="SameFolder"/>: by another path; else a copy of the same agency's year), and the one given first.</summary>
internal sealed record DuplicateInput(string First, string Second, int SecondIndex, bool SameFolder, string Agency, int Year);

/// <summary>
/// Sums the tallies of several agencies cell by cell into a regional report folder (docs/format.md, "Aggregation").
/// Sums keep R1, R2, R4 and R5 true when every part satisfies them, so inputs that fail `check`
/// are refused rather than summed.
/// </summary>
internal sealed class ReportAggregator
{
    public AggregateOutcome Aggregate(AggregateRequest request)
    {
        var inputs = FolderChecks.Run(new CheckRequest([.. request.Folders], FindingsFormat.Text));
        var failed = inputs.Where(i => i.ExitCode != ExitCode.Success || i.Report is null).ToList();
        if (failed.Count > 0)
        {
            return Refused(inputs, RuleCatalog.BadShape, $"{failed.Count} 个报告未通过检查，未汇总：{string.Join("、", failed.Select(f => f.Folder))}",
                "请先修正这些报告中的错误（reportgen check），再汇总");
        }
        if (Duplicate(inputs) is { } duplicate)
        {
            return duplicate;
        }
        var reports = inputs.Select(i => i.Report!).ToList();
        var years = reports.Select(r => r.Metadata.Year).Distinct().ToList();
        if (years.Count != 1)
        {
            return Refused(inputs, RuleCatalog.BadMetadata, $"各报告的年度不一致（{string.Join("、", years.Order())}），不能汇总", "只能汇总同一年度的报告");
        }

        var units = reports.Select(r => r.Metadata.Agency).ToImmutableArray();
        var agency = request.Agency ?? $"汇总（{units.Length}个单位）";
        var metadata = new ReportMetadata(agency, years[0], null, null, null, ImmutableDictionary<string, string>.Empty, null) { Units = units };
        var overview = new NarrativeText(StatutoryFormat.Sections[0].NarrativeFile,
            Render.MarkdownText.AsLiteral(RegionalUnits.Sentence(units, years[0]) + "\n"));
        if (Overflowing(reports) is { } overflow)
        {
            return Refused(inputs, RuleCatalog.R8, overflow, "请核对这些报告中的数字是否填错（多写了位数）");
        }
        var aggregate = Report.Of(metadata, StatutoryFormat.Tables.ToDictionary(t => t.Key, t => Sum(reports, t)),
            ImmutableDictionary<string, NarrativeText>.Empty.Add(StatutoryFormat.Sections[0].Key, overview));

        var writer = new ReportFolderWriter();
        // Beside the report, units.xlsx: every unit's figures, one row each, for the 上级's own statistics.
        var files = writer.RenderFiles(aggregate, request.Workbook).Add(FolderLayout.UnitsWorkbookFile, Workbook.UnitsWorkbook.Write(reports, aggregate));
        var recheck = new ReportChecker().Check(request.Output, new Load.InMemoryReportSource(request.Output, files.ToImmutableDictionary()));
        if (recheck.ExitCode != ExitCode.Success)
        {
            return new AggregateOutcome(inputs, recheck.Diagnostics, null);
        }
        var written = writer.WriteNew(request.Output, files);
        return written.Finding is { } unwritten
            ? new AggregateOutcome(inputs, [unwritten], null)
            : new AggregateOutcome(inputs, [], request.Output);
    }

    /// <summary>The first report given twice, refused: summing it would count it twice.</summary>
    private static AggregateOutcome? Duplicate(ImmutableArray<CheckOutcome> inputs) =>
        Duplicates(inputs).FirstOrDefault() is not { } d ? null
        : d.SameFolder ? Refused(inputs, RuleCatalog.BadMetadata, $"{d.First} 与 {d.Second} 是同一个报告，汇总会重复计算", "每个报告只能给出一次；请去掉重复的路径")
        : Refused(inputs, RuleCatalog.BadMetadata, $"{d.First} 与 {d.Second} 都是{d.Agency}{d.Year}年度的报告，汇总会重复计算",
            "同一机关同一年度只能汇总一份报告；请去掉重复的一份");

    /// <summary>
    /// The same report given twice: the same folder by another path (a symlink, "a" and "a/", a parent
    /// and its child), or a copy with the same agency and year. Each later copy once, with the first.
    /// </summary>
    internal static IEnumerable<DuplicateInput> Duplicates(IEnumerable<CheckOutcome> inputs)
    {
        var byIdentity = new Dictionary<object, string>();
        var byAgency = new Dictionary<(string, int), string>();
        var index = -1;
        foreach (var input in inputs)
        {
            index++;
            if (input.Report is null)
            {
                continue;
            }
            var entry = DiskEntry.Of(input.Folder, followLinks: true);
            object identity = entry.Identity is { } id ? id : UnixStat.RealPath(input.Folder) ?? Path.GetFullPath(input.Folder);
            var key = (input.Report!.Metadata.Agency, input.Report.Metadata.Year);
            if (byIdentity.TryGetValue(identity, out var first))
            {
                yield return new DuplicateInput(first, input.Folder, index, true, key.Agency, key.Year);
                continue;
            }
            byIdentity[identity] = input.Folder;
            if (byAgency.TryGetValue(key, out var same))
            {
                yield return new DuplicateInput(same, input.Folder, index, false, key.Agency, key.Year);
                continue;
            }
            byAgency[key] = input.Folder;
        }
    }

    /// <summary>The first cell whose sum no decimal can hold, named; null when every sum fits.</summary>
    private static string? Overflowing(IReadOnlyList<Report> reports)
    {
        foreach (var table in StatutoryFormat.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var sum = 0m;
                foreach (var report in reports)
                {
                    var value = report.Table(table.Key)[cell.Row, cell.Column];
                    if (value > decimal.MaxValue - sum)
                    {
                        return $"{table.DisplayName}“{table.Row(cell.Row).Label}”“{table.Column(cell.Column).Label}”各单位之和超出可计算的范围，不能汇总";
                    }
                    sum += value;
                }
            }
        }
        return null;
    }

    private static TableData Sum(IReadOnlyList<Report> reports, TableSpec spec) =>
        TableData.Of(spec, spec.Cells.Select(cell => KeyValuePair.Create(
            cell, new CellValue(reports.Sum(r => r.Table(spec.Key)[cell.Row, cell.Column]), CellOrigin.Read, null))));

    private static AggregateOutcome Refused(ImmutableArray<CheckOutcome> inputs, RuleSpec rule, string message, string hint) =>
        new(inputs, [new Diagnostic(rule, null, message, hint)], null);
}
