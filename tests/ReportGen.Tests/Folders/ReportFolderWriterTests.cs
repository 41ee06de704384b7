using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Tests.Import;

namespace ReportGen.Tests.Folders;

public class ReportFolderWriterTests
{
    [Fact]
    public void Sample_loaded_written_and_loaded_again_is_identical()
    {
        var original = TestRepo.LoadSample();
        var files = new ReportFolderWriter().Render(original);
        var reloaded = new ReportFolderLoader().Load(InMemoryReportSource.FromText(string.Empty, files));

        Assert.NotNull(reloaded.Value);
        Assert.DoesNotContain(reloaded.Diagnostics, d => d.Severity == Severity.Error);
        AssertSameReport(original, reloaded.Value);
    }

    [Fact]
    public void Written_csv_files_have_the_loader_shapes()
    {
        var files = new ReportFolderWriter().Render(TestRepo.LoadSample());

        Assert.StartsWith("第二十条第（一）项,,,\n信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,0,0,0\n", files["active.csv"], StringComparison.Ordinal);
        Assert.Contains("\n行政许可,387,,\n", files["active.csv"], StringComparison.Ordinal);
        Assert.StartsWith("项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\n", files["applications.csv"], StringComparison.Ordinal);
        Assert.StartsWith("行政复议/结果维持,行政复议/结果纠正,", files["reviews.csv"], StringComparison.Ordinal);
        Assert.Contains("\"agency\": \"聊城市文化和旅游局\"", files["report.json"], StringComparison.Ordinal);
        Assert.Contains("\"reviews\": \"四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\"", files["report.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cells_are_quoted_when_needed()
    {
        Assert.Equal("a,\"b,c\",\"say \"\"hi\"\"\",d", CsvText.Line(["a", "b,c", "say \"hi\"", "d"]));
    }

    [Fact]
    public void Metadata_round_trips_every_field()
    {
        var sample = TestRepo.LoadSample();
        var metadata = sample.Metadata with
        {
            PublishDate = new DateOnly(2024, 1, 20),
            Title = "标题“带引号”",
            Signature = new Signature("聊城市文化和旅游局", new DateOnly(2024, 1, 21)),
        };
        var text = ReportJsonWriter.Write(metadata);
        var loaded = new MetadataJsonLoader().Load(text, "report.json");

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(metadata.Title, loaded.Value!.Title);
        Assert.Equal(metadata.PublishDate, loaded.Value.PublishDate);
        Assert.Equal(metadata.Signature, loaded.Value.Signature);
        Assert.Equal(metadata.Opening, loaded.Value.Opening);
    }

    [Fact]
    public void Writes_into_a_new_folder_and_refuses_a_non_empty_one()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var writer = new ReportFolderWriter();
            var sample = TestRepo.LoadSample();
            var first = writer.WriteNew(folder, sample);
            Assert.True(first.Succeeded, first.Finding?.Message);
            Assert.True(File.Exists(Path.Combine(folder, "report.json")));
            var before = File.ReadAllText(Path.Combine(folder, "active.csv"));

            var second = writer.WriteNew(folder, sample with { Metadata = sample.Metadata with { Agency = "别的机关" } });
            Assert.False(second.Succeeded);
            Assert.Contains("已存在且不为空", second.Finding!.Message, StringComparison.Ordinal);
            Assert.Empty(second.Written);
            Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "active.csv")));

            var loaded = new ReportFolderLoader().Load(new DirectoryReportSource(folder));
            AssertSameReport(sample, loaded.Value!);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_row_without_figures_is_left_out_rather_than_written_as_zeros()
    {
        var sample = TestRepo.LoadSample();
        var cells = sample.Applications.Figures().Where(f => f.Cell.Row != "granted").Select(f => KeyValuePair.Create(f.Cell, f.Value));
        var files = new ReportFolderWriter().Render(sample with { Applications = TableData.Of(sample.Applications.Spec, cells) });

        Assert.DoesNotContain("予以公开", files["applications.csv"], StringComparison.Ordinal);
        var reloaded = new ReportFolderLoader().Load(InMemoryReportSource.FromText(string.Empty, files));
        Assert.Contains(reloaded.Diagnostics, d => d.Rule == RuleCatalog.MissingRow);
    }

    internal static void AssertSameReport(Report expected, Report actual)
    {
        Assert.Equal(expected.Metadata.Agency, actual.Metadata.Agency);
        Assert.Equal(expected.Metadata.Year, actual.Metadata.Year);
        Assert.Equal(expected.Metadata.Opening, actual.Metadata.Opening);
        Assert.Equal(expected.Metadata.Title, actual.Metadata.Title);
        Assert.Equal(expected.Metadata.PublishDate, actual.Metadata.PublishDate);
        Assert.Equal(expected.Metadata.Signature, actual.Metadata.Signature);
        Assert.Equal(expected.Metadata.Headings.OrderBy(h => h.Key), actual.Metadata.Headings.OrderBy(h => h.Key));
        foreach (var spec in StatutoryFormat.Tables)
        {
            foreach (var cell in spec.Cells)
            {
                Assert.True(expected.Table(spec.Key).Cell(cell)?.Value == actual.Table(spec.Key).Cell(cell)?.Value,
                    $"{spec.Number} {cell}: {expected.Table(spec.Key).Cell(cell)?.Value} ≠ {actual.Table(spec.Key).Cell(cell)?.Value}");
            }
        }
        Assert.Equal(expected.Narratives.Keys.Order(), actual.Narratives.Keys.Order());
        foreach (var (key, narrative) in expected.Narratives)
        {
            Assert.Equal(narrative.Text, actual.Narratives[key].Text);
        }
    }
}
