using ReportGen.Disk;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 class 6: no double counting, no false gate, no half-written folder.</summary>
public class VerdictTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    [Theory]
    [InlineData("{{ neww }}", "T02")]
    [InlineData("{{ if }}", "T01")]
    [InlineData("{{ for i in 1..100000 }}x{{ end }}", "T03")]
    public void Check_reaches_the_verdict_of_build_on_a_narrative_template_error(string narrative, string rule)
    {
        using var temp = new TempFolder();
        var folder = temp.File("r");
        Sample.With("problems.md", narrative + "\n").WriteTo(folder);

        var check = InProcessCli.Run("check", folder);
        var build = InProcessCli.Run("build", folder, "-o", temp.File("r.docx"));

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(build.ExitCode, check.ExitCode);
        Assert.Contains($"error {rule}", check.Stdout, StringComparison.Ordinal);
        Assert.Contains($"error {rule}", build.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.docx")));
    }

    [Fact]
    public void Aggregate_refuses_the_same_folder_twice_by_any_path_naming_both()
    {
        using var temp = new TempFolder();
        var a = temp.File("a");
        Sample.WriteTo(a);
        var link = temp.File("link");
        Directory.CreateSymbolicLink(link, a);

        foreach (var (first, second) in new[] { (a, a), (a, a + "/"), (a, link), (temp.Path, a) })
        {
            var (code, stdout, _) = InProcessCli.Run("aggregate", first, second, "-o", temp.File("sum"));

            Assert.Equal(1, code);
            Assert.Contains("是同一个报告，汇总会重复计算", stdout, StringComparison.Ordinal);
            Assert.False(Directory.Exists(temp.File("sum")));
        }
    }

    [Fact]
    public void Aggregate_refuses_two_copies_of_one_agencys_year()
    {
        using var temp = new TempFolder();
        Sample.WriteTo(temp.File("a"));
        Sample.WriteTo(temp.File("copy"));

        var (code, stdout, _) = InProcessCli.Run("aggregate", temp.File("a"), temp.File("copy"), "-o", temp.File("sum"));

        Assert.Equal(1, code);
        Assert.Contains($"{temp.File("a")} 与 {temp.File("copy")} 都是聊城市文化和旅游局2023年度的报告", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("sum")));
    }

    [Fact]
    public void A_folder_write_that_fails_part_way_leaves_nothing_and_a_retry_succeeds()
    {
        using var temp = new TempFolder();
        var target = temp.File("new");
        var writer = new AtomicFolderWriter();
        var files = new Dictionary<string, byte[]> { ["a.csv"] = [1], ["sub/b.csv"] = [2] };

        var failed = writer.WriteNew(target, files);
        var retried = writer.WriteNew(target, new Dictionary<string, byte[]> { ["a.csv"] = [1] });

        Assert.NotNull(failed.Finding);
        Assert.Contains("未留下任何文件", failed.Finding.Hint, StringComparison.Ordinal);
        Assert.Null(retried.Finding);
        Assert.Equal(["new"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(target, "a.csv")));
    }

    [Fact]
    public void A_folder_write_goes_into_an_existing_empty_folder_but_never_a_non_empty_one()
    {
        using var temp = new TempFolder();
        var empty = temp.File("empty");
        Directory.CreateDirectory(empty);
        var full = temp.File("full");
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, "mine.txt"), "mine");

        var intoEmpty = new AtomicFolderWriter().WriteNew(empty, new Dictionary<string, byte[]> { ["a.csv"] = [1] });
        var intoFull = new AtomicFolderWriter().WriteNew(full, new Dictionary<string, byte[]> { ["a.csv"] = [1] });

        Assert.Null(intoEmpty.Finding);
        Assert.True(File.Exists(Path.Combine(empty, "a.csv")));
        Assert.NotNull(intoFull.Finding);
        Assert.Equal(["mine.txt"], Directory.GetFiles(full).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(temp.Path), e => Path.GetFileName(e).StartsWith('.'));
    }
}
