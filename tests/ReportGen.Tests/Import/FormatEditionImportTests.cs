using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;

namespace ReportGen.Tests.Import;

/// <summary>The 2019 trial format and the 2021/2019 hybrid are recognised and flagged (docs/format.md, "Editions"), never silently misread.</summary>
public class FormatEditionImportTests
{
    private static readonly string SeedText = File.ReadAllText(TestRepo.SeedPath).Replace("\r\n", "\n", StringComparison.Ordinal);

    private const string TrialActive = """
        第二十条第（一）项			
        信息内容	本年新制作数量	本年新公开数量	对外公开总数量
        规章	0	0	0
        规范性文件	2	2	15
        第二十条第（五）项			
        信息内容	上一年项目数量	本年增/减	处理决定数量
        行政许可	12	0	387
        其他对外管理服务事项	3	0	9
        第二十条第（六）项			
        信息内容	上一年项目数量	本年增/减	处理决定数量
        行政处罚	222	0	51
        行政强制	5	0	18
        第二十条第（八）项			
        信息内容	上一年项目数量	本年增/减	
        行政事业性收费	0	0	
        第二十条第（九）项			
        信息内容	采购项目数量	采购总金额	
        政府集中采购	4	120.5	
        """;

    private static string OneRowOtherProcessing(string text)
    {
        var start = text.IndexOf("\t(六) 其他处理", StringComparison.Ordinal);
        var end = text.IndexOf("\t(七) 总计", StringComparison.Ordinal);
        return text.Remove(start, end - start).Insert(start, "\t(六) 其他处理\t\t2\t0\t0\t0\t0\t0\t2\n");
    }

    private static string WithActive(string text, string active)
    {
        var start = text.IndexOf("第二十条第（一）项", StringComparison.Ordinal);
        var end = text.IndexOf("## 三、", StringComparison.Ordinal);
        return text.Remove(start, end - start).Insert(start, active + "\n");
    }

    [Fact]
    public void The_2019_trial_format_is_recognised_flagged_and_only_what_maps_is_imported()
    {
        var text = OneRowOtherProcessing(WithActive(SeedText, TrialActive));
        var outcome = new PublishedReportImporter().Import("report.txt", TextLines.Utf8(text));
        var active = outcome.Report!.Active;

        Assert.Equal(ImportedFormat.Trial2019, outcome.Format);
        var flag = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportTrialFormat && d.Table == StatutoryFormat.Active.DisplayName);
        Assert.Equal(TextLines.LineOf(text, "本年新制作数量"), flag.Location!.Line);
        Assert.Contains("其他对外管理服务事项", flag.Message, StringComparison.Ordinal);
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportTrialFormat && d.Table == StatutoryFormat.Applications.DisplayName);

        // 处理决定数量 means the same in both editions; nothing else is folded into a 2021 cell.
        Assert.Equal(387m, active["licensing", "decisions"]);
        Assert.Equal(51m, active["penalty", "decisions"]);
        Assert.Equal(18m, active["enforcement", "decisions"]);
        Assert.Null(active.Cell(new CellRef("normative", "issued")));
        Assert.Null(active.Cell(new CellRef("fees", "fee")));
        // The edition finding says what the 2019 layout cannot give; the report is not told to add the rows its format never had.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingData && d.Table == StatutoryFormat.Active.DisplayName);
        Assert.Null(outcome.Report.Applications.Cell(new CellRef("other_other", "natural")));
    }

    [Fact]
    public void A_2021_active_table_with_the_one_row_other_processing_is_a_hybrid()
    {
        var text = OneRowOtherProcessing(SeedText);
        var outcome = new PublishedReportImporter().Import("report.txt", TextLines.Utf8(text));

        Assert.Equal(ImportedFormat.Hybrid, outcome.Format);
        var flag = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportHybridFormat);
        Assert.Equal(TextLines.LineOf(text, "(六) 其他处理"), flag.Location!.Line);
        Assert.Contains("2 0 0 0 0 0 2", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportTrialFormat);
        // The one row cannot be split into three: those rows stay empty, the rest is read.
        Assert.Null(outcome.Report!.Applications.Cell(new CellRef("other_no_correction", "natural")));
        Assert.Equal(5m, outcome.Report.Applications["handled", "total"]);
    }

    [Fact]
    public void A_subtotal_on_the_other_processing_group_above_its_three_rows_is_only_an_artefact()
    {
        var text = SeedText.Replace("\t(六) 其他处理\t1. 申请人无正当理由", "\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0\n\t\t1. 申请人无正当理由", StringComparison.Ordinal);
        var outcome = new PublishedReportImporter().Import("report.txt", TextLines.Utf8(text));

        Assert.Equal(ImportedFormat.Current, outcome.Format);
        Assert.Equal(0, outcome.Errors);
        Assert.Contains(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportArtefact && d.Message.Contains("小计", StringComparison.Ordinal));
    }
}
