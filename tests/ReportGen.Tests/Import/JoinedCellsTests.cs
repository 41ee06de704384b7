using System.Text;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;
using ReportGen.Tables;

namespace ReportGen.Tests.Import;

/// <summary>
/// Table cells a crawler joined without separators ("713000074"): cut back only where the format's sums (or
/// the report's own words) leave one cut; otherwise the table is refused, in Chinese, at its place.
/// </summary>
public class JoinedCellsTests
{
    private static JoinedLine Line(TableSpec spec, string row, string run) =>
        new([.. spec.Row(row).Columns.Select(c => new CellRef(row, c))], run);

    [Fact]
    public void A_run_the_row_sum_pins_is_cut_into_its_cells()
    {
        var spec = StatutoryFormat.Applications;
        var split = JoinedFigures.Split(spec, [Line(spec, "new", "713000074")], []);
        Assert.True(split.Solved);
        Assert.Equal("71 3 0 0 0 0 74", string.Join(" ", split.Lines[0].Values!.Value));
        Assert.Equal(JoinedCut.ByLineSums, split.Lines[0].Cut);
        Assert.True(split.Recovered);
    }

    [Fact]
    public void A_run_with_two_cuts_that_both_add_up_is_not_cut()
    {
        var spec = StatutoryFormat.Applications;
        // 6+3+4+1+68+5 = 87 and 63+4+1+6+8+5 = 87: nothing tells them apart.
        var split = JoinedFigures.Split(spec, [Line(spec, "new", "634168587")], []);
        Assert.False(split.Solved);
        Assert.Null(split.Lines[0].Values);
        Assert.Equal(2, split.Lines[0].Ways);
    }

    [Fact]
    public void Separators_the_source_kept_are_cuts_and_nothing_is_recovered()
    {
        var spec = StatutoryFormat.Reviews;
        var split = JoinedFigures.Split(spec, [new JoinedLine(spec.Cells, "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0")], []);
        Assert.True(split.Solved);
        Assert.False(split.Recovered);
        Assert.Equal("2", split.Lines[0].Values!.Value[spec.Cells.IndexOf(new CellRef("review", "total"))]);
    }

    [Fact]
    public void A_row_without_sums_is_cut_only_by_figures_the_narrative_states()
    {
        var spec = StatutoryFormat.Active;
        var line = Line(spec, "normative", "8855698");
        Assert.False(JoinedFigures.Split(spec, [line], []).Solved);
        var pinned = JoinedFigures.Split(spec, [line],
            [new FigurePin(new CellRef("normative", "in_force"), 698, "现行有效行政规范性文件698件"), new FigurePin(new CellRef("normative", "issued"), 88, "制发的规范性文件88件")]);
        Assert.True(pinned.Solved);
        Assert.Equal("88 55 698", string.Join(" ", pinned.Lines[0].Values!.Value));
        Assert.Equal(JoinedCut.ByNarrative, pinned.Lines[0].Cut);
    }

    [Fact]
    public void An_amount_keeps_its_decimals_and_a_leading_zero_is_no_figure()
    {
        var spec = StatutoryFormat.Active;
        Assert.Equal("9116.36", string.Join(" ", JoinedFigures.Split(spec, [Line(spec, "fees", "9116.36")], []).Lines[0].Values!.Value));
        Assert.Equal("0 0 0", string.Join(" ", JoinedFigures.Split(spec, [Line(spec, "rules", "000")], []).Lines[0].Values!.Value));
    }

    /// <summary>A page on one line, its 表三 joined as crawlers leave it; <paramref name="firstRun"/> is the first row's digits.</summary>
    private static string CrawledPage(string firstRun)
    {
        var sb = new StringBuilder("标题: 某某县某某局2022年政府信息公开工作年度报告\n");
        foreach (var section in StatutoryFormat.Sections)
        {
            sb.Append(' ').Append(section.Heading).Append(' ');
            if (section.TableKey == StatutoryFormat.Applications.Key)
            {
                foreach (var row in StatutoryFormat.Applications.Rows)
                {
                    sb.Append(row.Label).Append(row.Key == "new" ? firstRun : row.Key is "handled" or "granted" ? "710000071" : "0000000");
                }
            }
            else
            {
                sb.Append("本部分的说明文字写在这里，共有若干句话，讲清楚本年度的情况。");
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void A_crawled_table_whose_sums_pin_every_row_is_read_and_said_to_be_recovered()
    {
        var outcome = new PublishedReportImporter().Import("page.txt", Encoding.UTF8.GetBytes(CrawledPage("710000071")));
        Assert.NotNull(outcome.Report);
        Assert.Equal(71, outcome.Report.Applications.Cell(new CellRef("new", "natural"))?.Value);
        Assert.Equal(71, outcome.Report.Applications.Cell(new CellRef("new", "total"))?.Value);
        var recovered = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportJoinedCells);
        Assert.Contains("第 2 行", recovered.Message, StringComparison.Ordinal);
        Assert.Contains("连在一起", recovered.Message, StringComparison.Ordinal);
        // The inline headings cut the page into its sections: none is reported missing.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingSection);
    }

    [Fact]
    public void A_crawled_table_with_an_ambiguous_row_is_refused_whole_at_its_place_and_no_figure_is_written()
    {
        var outcome = new PublishedReportImporter().Import("page.txt", Encoding.UTF8.GetBytes(CrawledPage("634168587")));
        Assert.NotNull(outcome.Report);
        var refusal = Assert.Single(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnplaced);
        Assert.Equal(Severity.Error, refusal.Severity);
        Assert.Contains("第 2 行", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("“634168587”", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("整张表三未导入", refusal.Message, StringComparison.Ordinal);
        Assert.All(StatutoryFormat.Applications.Cells, cell => Assert.Null(outcome.Report.Applications.Cell(cell)));
        // One finding for the table, not one per row.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportMissingData && d.Table == StatutoryFormat.Applications.DisplayName);
    }

    [Fact]
    public void A_wrapped_prose_line_that_ends_in_a_number_stays_prose()
    {
        var text = string.Join('\n',
            "某某市人民政府2024年政府信息公开工作年度报告",
            "一、总体情况",
            "    依申请公开方面，均在法定期限内予以答复。政府信息公开行政复议 351",
            "件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚",
            "未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25",
            "件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。");
        var outcome = new PublishedReportImporter().Import("report.txt", Encoding.UTF8.GetBytes(text));
        Assert.NotNull(outcome.Report);
        var overview = outcome.Report.Narratives["overview"].Text;
        Assert.Contains("行政诉讼 46 件，其中结果维持 25件", overview, StringComparison.Ordinal);
        Assert.Contains("行政复议 351件", overview, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == RuleCatalog.ImportUnplaced);
    }
}
