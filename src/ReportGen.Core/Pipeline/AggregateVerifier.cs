using System.Collections.Immutable;
using ReportGen.Disk;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Validate;

namespace ReportGen.Pipeline;

/// <summary>`reportgen aggregate --verify`: a published regional report (a report folder or a published file) and the units it should sum.</summary>
internal sealed record AggregateVerifyRequest(string Regional, ImmutableArray<string> Units);

/// <summary>
/// What comparing found: each unit's check, the regional report's own check, and the findings of the
/// comparison (with the regional report's own errors). <paramref name="UnitsListed"/>: whether the
/// regional report records its units, so that missing and extra ones could be named.
/// </summary>
internal sealed record AggregateVerifyOutcome(
    ImmutableArray<CheckOutcome> Units, CheckOutcome Regional, ImmutableArray<Diagnostic> Diagnostics, int UnitsCompared, bool UnitsListed)
    : JobOutcome(Diagnostics)
{
    public int CellsDiffering => Diagnostics.Count(d => d.Rule == RuleCatalog.A01);
}

/// <summary>
/// Compares a regional report with the sum of its units cell by cell, as `aggregate` would have summed
/// them (docs/format.md, "Aggregation"): A01 for a cell that differs, A02 for a unit it leaves out or
/// lists without its report being given, A03 for a unit given twice (counted once). Nothing is written.
/// </summary>
internal sealed class AggregateVerifier
{
    public AggregateVerifyOutcome Verify(AggregateVerifyRequest request)
    {
        var regionalInput = InputPath.Classify(request.Regional);
        var regional = Validate.Content.Acknowledgements.Apply(FolderChecks.CheckOne(regionalInput, Render.EmbeddedTemplateSet.Instance));
        // A parent folder of the units may hold the regional folder too: it is not one of its own units.
        var regionalIdentity = DiskEntry.Of(request.Regional, followLinks: true).Identity;
        var units = FolderChecks.Run(new CheckRequest([.. request.Units], FindingsFormat.Text))
            .Where(u => regionalIdentity is null || DiskEntry.Of(u.Folder, followLinks: true).Identity != regionalIdentity)
            .ToImmutableArray();
        // The regional report's own errors are defects of it too; its warnings belong to `check`.
        var own = regional.Diagnostics.Where(d => d.Counts && d.Severity == Severity.Error).ToImmutableArray();
        if (regional.Report is not { } published)
        {
            return new AggregateVerifyOutcome(units, regional, own, 0, false);
        }
        var failed = units.Where(u => u.ExitCode != ExitCode.Success || u.Report is null).ToList();
        if (failed.Count > 0)
        {
            return new AggregateVerifyOutcome(units, regional, own.Add(new Diagnostic(RuleCatalog.BadShape, null,
                $"{failed.Count} 个单位的报告未通过检查，未核对：{string.Join("、", failed.Select(f => f.Folder))}",
                "请先修正这些报告中的错误（reportgen check），再核对汇总报告")), 0, false);
        }

        var findings = own.ToBuilder();
        var duplicates = AggregateDuplicates(units, findings);
        var counted = units.Where((_, i) => !duplicates.Contains(i)).ToList();
        var listed = RegionalUnits.Of(published);
        Membership(request.Regional, published, listed, counted, findings);
        findings.AddRange(Cells(published, counted));
        return new AggregateVerifyOutcome(units, regional, findings.ToImmutable(), counted.Count, !listed.IsEmpty);
    }

    /// <summary>A03 for each unit given again; returns the positions not to count.</summary>
    private static HashSet<int> AggregateDuplicates(ImmutableArray<CheckOutcome> units, ImmutableArray<Diagnostic>.Builder findings)
    {
        var skipped = new HashSet<int>();
        foreach (var d in ReportAggregator.Duplicates(units))
        {
            skipped.Add(d.SecondIndex);
            findings.Add(new Diagnostic(RuleCatalog.A03, new SourceLocation(d.Second, 0, 0), d.SameFolder
                    ? $"{d.Second} 与 {d.First} 是同一个报告，只计一次"
                    : $"{d.Second} 与 {d.First} 都是{d.Agency}{d.Year}年度的报告，只计一次",
                "每个单位只需给出一次；请去掉重复的路径"));
        }
        return skipped;
    }

    /// <summary>A02: units the regional report leaves out, units it lists that were not given, and units of another year.</summary>
    private static void Membership(string regionalPath, Report published, ImmutableArray<string> listed, List<CheckOutcome> units, ImmutableArray<Diagnostic>.Builder findings)
    {
        var year = published.Metadata.Year;
        foreach (var unit in units.Where(u => u.Report!.Metadata.Year != year))
        {
            findings.Add(new Diagnostic(RuleCatalog.A02, new SourceLocation(unit.Folder, 0, 0),
                $"{unit.Report!.Metadata.Agency}的报告是{unit.Report.Metadata.Year}年度的，而汇总报告是{year}年度的",
                "请给出同一年度的单位报告"));
        }
        if (listed.IsEmpty)
        {
            return;
        }
        var listedKeys = listed.Select(RegionalUnits.Key).ToHashSet(StringComparer.Ordinal);
        var givenKeys = units.Select(u => RegionalUnits.Key(u.Report!.Metadata.Agency)).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in units.Where(u => !listedKeys.Contains(RegionalUnits.Key(u.Report!.Metadata.Agency))))
        {
            findings.Add(new Diagnostic(RuleCatalog.A02, new SourceLocation(unit.Folder, 0, 0),
                $"汇总报告 {regionalPath} 所列的 {listed.Length} 个单位中没有{unit.Report!.Metadata.Agency}：该单位未被汇总",
                "请把该单位的数据汇总进去（reportgen aggregate），或确认它不属于本地区"));
        }
        foreach (var name in listed.Where(n => !givenKeys.Contains(RegionalUnits.Key(n))))
        {
            findings.Add(new Diagnostic(RuleCatalog.A02, new SourceLocation(regionalPath, 0, 0),
                $"汇总报告列出了{name}，但没有给出该单位的报告，无法核对",
                "请把该单位的报告文件夹一并给出"));
        }
    }

    /// <summary>A01: every cell of every table that is not the sum of the units' cells, with each unit's figure.</summary>
    private static IEnumerable<Diagnostic> Cells(Report published, List<CheckOutcome> units)
    {
        foreach (var spec in StatutoryFormat.Tables)
        {
            var table = published.Table(spec.Key);
            foreach (var cell in spec.Cells)
            {
                var expected = 0m;
                foreach (var unit in units)
                {
                    expected += unit.Report!.Table(spec.Key)[cell.Row, cell.Column];
                }
                var value = table.Cell(cell);
                var actual = value?.Value ?? 0m;
                if (actual == expected)
                {
                    continue;
                }
                var parts = units.Select(u => (u.Report!.Metadata.Agency, Value: u.Report.Table(spec.Key).Cell(cell))).ToList();
                var shown = parts.Where(p => (p.Value?.Value ?? 0m) != 0m).Select(p => $"{p.Agency} {SumsCheck.Format(p.Value!.Value)}").ToList();
                if (shown.Count < parts.Count)
                {
                    shown.Add(shown.Count == 0 ? "各单位均为 0" : "其余单位 0");
                }
                var row = spec.CellRowLabel(cell);
                var where = row.Length > 0 ? $"“{row}”行“{spec.CellColumnLabel(cell)}”列" : $"“{spec.CellColumnLabel(cell)}”";
                yield return new Diagnostic(RuleCatalog.A01, value?.Location,
                    $"{spec.Number}{where}：各单位之和为 {SumsCheck.Format(expected)}（{string.Join(" + ", shown)}），汇总报告为 {SumsCheck.Format(actual)}，相差 {SumsCheck.Format(actual - expected)}",
                    "请核对汇总报告中的这个数字，并确认各单位的报告都已汇总、没有重复")
                {
                    Table = spec.DisplayName,
                    Row = row,
                    Column = spec.CellColumnLabel(cell),
                    Expected = expected,
                    Actual = actual,
                    Operands = [.. parts.Select(p => new Operand(row, spec.CellColumnLabel(cell), p.Value?.Value ?? 0m, p.Value?.Location))],
                };
            }
        }
    }
}
