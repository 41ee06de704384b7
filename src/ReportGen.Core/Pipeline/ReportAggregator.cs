using System.Collections.Immutable;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Pipeline;

/// <summary>`reportgen aggregate`: the report folders (or parents of them) to sum, where to write, and the name of the region.</summary>
internal sealed record AggregateRequest(ImmutableArray<string> Folders, string Output, string? Agency);

/// <summary>What aggregating did: each input's check, and the folder written (null when refused).</summary>
internal sealed record AggregateOutcome(ImmutableArray<CheckOutcome> Inputs, ImmutableArray<Diagnostic> Diagnostics, string? Written)
{
    public ExitCode ExitCode => ExitCodes.Of(Diagnostics, done: Written is not null);
}

/// <summary>
/// Sums the tallies of several agencies cell by cell into a regional report folder (format.md §9).
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
            $"本报告汇总了以下 {units.Length} 个单位{{{{ year }}}}年度政府信息公开工作的统计数据：{string.Join("、", units)}。\n");
        var aggregate = new Report(metadata, Sum(reports, "active"), Sum(reports, "applications"), Sum(reports, "reviews"),
            ImmutableDictionary<string, NarrativeText>.Empty.Add(StatutoryFormat.Sections[0].Key, overview));

        var writer = new ReportFolderWriter();
        var files = writer.Render(aggregate);
        var recheck = new ReportChecker().Check(request.Output, Load.InMemoryReportSource.FromText(request.Output, files));
        if (recheck.ExitCode != ExitCode.Success)
        {
            return new AggregateOutcome(inputs, recheck.Diagnostics, null);
        }
        var written = writer.WriteNew(request.Output, files);
        return written.Problem is { } problem
            ? Refused(inputs, RuleCatalog.Unwritable, problem, "请用 -o 指定一个新的文件夹")
            : new AggregateOutcome(inputs, [], request.Output);
    }

    private static TableData Sum(IReadOnlyList<Report> reports, string table)
    {
        var spec = StatutoryFormat.Table(table);
        return TableData.Of(spec, spec.Cells.Select(cell => KeyValuePair.Create(
            cell, new CellValue(reports.Sum(r => r.Table(table)[cell.Row, cell.Column]), CellOrigin.Read, null))));
    }

    private static AggregateOutcome Refused(ImmutableArray<CheckOutcome> inputs, RuleSpec rule, string message, string hint) =>
        new(inputs, [new Diagnostic(rule, null, message, hint)], null);
}
