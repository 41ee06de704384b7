using System.Diagnostics;
using ReportGen.Disk;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>#11 classes 2 and 3 (the disk half): nothing of the user's is overwritten, nothing that is not a regular file is read or replaced.</summary>
public class DiskIdentityTests
{
    private static readonly SampleFiles Sample = SampleFiles.Load();

    [Fact]
    public void The_output_guard_compares_files_not_spellings()
    {
        using var temp = new TempFolder();
        var folder = temp.File("r");
        Sample.WriteTo(folder);
        var alias = temp.File("alias");
        Directory.CreateSymbolicLink(alias, folder);
        var json = Path.Combine(folder, "report.json");
        var before = File.ReadAllBytes(json);

        foreach (var output in new[] { Path.Combine(alias, "report.json"), Path.Combine(folder, ".", "active.csv"), Path.Combine(alias, "problems.md") })
        {
            var (code, stdout, _) = InProcessCli.Run("build", folder, "-o", output);

            Assert.Equal(2, code);
            Assert.Contains("error F03", stdout, StringComparison.Ordinal);
            Assert.Contains("不能覆盖", stdout, StringComparison.Ordinal);
        }
        Assert.Equal(before, File.ReadAllBytes(json));
    }

    [SkippableFact]
    public void A_hard_link_to_an_input_is_never_overwritten()
    {
        Skip.If(OperatingSystem.IsWindows(), "hard links are made with ln here");
        using var temp = new TempFolder();
        var folder = temp.File("r");
        Sample.WriteTo(folder);
        var link = temp.File("link.docx");
        Run("ln", Path.Combine(folder, "applications.csv"), link);
        var before = File.ReadAllBytes(link);

        var (code, stdout, _) = InProcessCli.Run("build", folder, "-o", link);

        Assert.Equal(2, code);
        Assert.Contains("是报告文件夹中的输入文件", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "applications.csv")));
    }

    [Fact]
    public void A_template_is_an_input_too()
    {
        using var temp = new TempFolder();
        var templates = temp.File("tpl");
        Directory.CreateDirectory(templates);
        File.Copy(Repo.Path_("templates", "report.md.sbn"), Path.Combine(templates, "report.md.sbn"));
        var before = File.ReadAllBytes(Path.Combine(templates, "report.md.sbn"));

        var (code, stdout, _) = InProcessCli.Run("build", Repo.SampleFolder, "-o", Path.Combine(templates, "report.md.sbn"), "--templates", templates);

        Assert.Equal(2, code);
        Assert.Contains("不能覆盖", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(templates, "report.md.sbn")));
    }

    [SkippableFact]
    public void Only_a_regular_file_is_ever_replaced()
    {
        Skip.If(OperatingSystem.IsWindows(), "devices, FIFOs and symlinks as on Linux");
        using var temp = new TempFolder();
        var fifo = temp.File("fifo");
        Run("mkfifo", fifo);
        var link = temp.File("link.docx");
        File.WriteAllText(temp.File("target.docx"), "mine");
        File.CreateSymbolicLink(link, temp.File("target.docx"));

        foreach (var output in new[] { "/dev/null", fifo, link })
        {
            var (code, stdout, _) = InProcessCli.Run("build", Repo.SampleFolder, "-o", output);

            Assert.Equal(2, code);
            Assert.Contains("不是普通文件", stdout, StringComparison.Ordinal);
        }
        Assert.Equal(EntryKind.Other, DiskEntry.Of("/dev/null", followLinks: false).Kind);
        Assert.Equal(EntryKind.Other, DiskEntry.Of(fifo, followLinks: false).Kind);
        Assert.Equal("mine", File.ReadAllText(temp.File("target.docx")));
    }

    [SkippableFact]
    public void An_input_that_is_not_a_regular_file_is_refused_before_it_is_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "devices and FIFOs as on Linux");
        using var temp = new TempFolder();
        var zero = temp.File("zero");
        Sample.WriteTo(zero);
        File.Delete(Path.Combine(zero, "active.csv"));
        File.CreateSymbolicLink(Path.Combine(zero, "active.csv"), "/dev/zero");
        var fifo = temp.File("fifo");
        Sample.WriteTo(fifo);
        File.Delete(Path.Combine(fifo, "reviews.csv"));
        Run("mkfifo", Path.Combine(fifo, "reviews.csv"));
        var watch = Stopwatch.StartNew();

        var zeroCheck = InProcessCli.Run("check", zero);
        var fifoCheck = InProcessCli.Run("check", fifo);
        var fifoImport = InProcessCli.Run("check", Path.Combine(fifo, "reviews.csv"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Contains("active.csv: error F02: ", zeroCheck.Stdout, StringComparison.Ordinal);
        Assert.Contains("不是普通文件", zeroCheck.Stdout, StringComparison.Ordinal);
        Assert.Contains("reviews.csv: error F02: ", fifoCheck.Stdout, StringComparison.Ordinal);
        Assert.Contains("不是普通文件", fifoImport.Stdout, StringComparison.Ordinal);
        Assert.All(new[] { zeroCheck.ExitCode, fifoCheck.ExitCode, fifoImport.ExitCode }, c => Assert.Equal(2, c));
    }

    [Fact]
    public void Identity_is_the_same_through_a_link_and_different_for_a_copy()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a"), "x");
        File.WriteAllText(temp.File("b"), "x");
        File.CreateSymbolicLink(temp.File("l"), temp.File("a"));

        var a = DiskEntry.Of(temp.File("a"), followLinks: true);

        Assert.Equal(EntryKind.Regular, a.Kind);
        Assert.Equal(1, a.Size);
        if (a.Identity is not null)
        {
            Assert.Equal(a.Identity, DiskEntry.Of(temp.File("l"), followLinks: true).Identity);
            Assert.NotEqual(a.Identity, DiskEntry.Of(temp.File("b"), followLinks: true).Identity);
        }
        Assert.Equal(EntryKind.Other, DiskEntry.Of(temp.File("l"), followLinks: false).Kind);
        Assert.Equal(EntryKind.Missing, DiskEntry.Of(temp.File("none"), followLinks: true).Kind);
    }

    [Fact]
    public void A_link_inside_the_template_folder_cannot_include_a_file_outside_it()
    {
        using var temp = new TempFolder();
        var templates = temp.File("tpl");
        Directory.CreateDirectory(templates);
        File.WriteAllText(temp.File("secret.txt"), "SECRET-OUTSIDE");
        File.CreateSymbolicLink(Path.Combine(templates, "leak.sbn"), temp.File("secret.txt"));
        File.WriteAllText(Path.Combine(templates, "report.md.sbn"),
            File.ReadAllText(Repo.Path_("templates", "report.md.sbn")) + "\n{{ include 'leak.sbn' }}\n");
        var output = temp.File("r.docx");

        var (code, stdout, _) = InProcessCli.Run("build", Repo.SampleFolder, "-o", output, "--templates", templates);

        Assert.NotEqual(0, code);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain("SECRET-OUTSIDE", stdout, StringComparison.Ordinal);
        Assert.Contains("error T04:", stdout, StringComparison.Ordinal);
        Assert.Contains("只能引用模板文件夹内的文件", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_import_and_aggregate_refuse_a_folder_with_files_in_the_one_line_of_a_finding()
    {
        using var temp = new TempFolder();
        var folder = temp.File("mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var seed = Directory.GetFiles(Repo.Path_("seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        // The place, the rule, the message and what to do: as check prints any finding (file:0:0 prints as the file).
        var refusal = $"{folder}: error F03: 文件夹 {folder} 已存在且不为空，为避免覆盖已有内容，未写入任何文件。请指定一个新的文件夹";

        foreach (var args in new[]
        {
            new[] { "init", folder, "--agency", "某局", "--year", "2024" },
            ["import", seed, "-o", folder],
            ["aggregate", Repo.SampleFolder, "-o", folder],
        })
        {
            var (code, stdout, _) = InProcessCli.Run(args);

            Assert.Equal(2, code);
            Assert.Contains(refusal, stdout.Split('\n').Select(l => l.TrimEnd('\r')));
            Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        }
    }

    [SkippableFact]
    public void A_file_that_cannot_be_read_is_worded_the_same_in_a_folder_by_check_and_by_import()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs as on Linux");
        using var temp = new TempFolder();
        var (folder, reviews) = (temp.File("r"), Path.Combine(temp.File("r"), "reviews.csv"));
        Sample.Without("reviews.csv").WriteTo(folder);
        Run("mkfifo", reviews);

        var check = Assert.Single(ReportGen.Pipeline.FolderChecks.CheckOne(folder).Diagnostics, d => d.Rule.Kind == ReportGen.Format.RuleKind.Job);
        var checkFile = Assert.Single(ReportGen.Pipeline.FolderChecks.CheckOne(reviews).Diagnostics);
        var import = Assert.Single(new ReportGen.Pipeline.ReportImport().Import(new(reviews, temp.File("out"))).Diagnostics);

        Assert.Equal(("F02", reviews, $"{reviews} 不是普通文件（是设备、管道或指向它们的链接），未读取"), (check.Rule.Id, check.Location?.ToString(), check.Message));
        Assert.All(new[] { checkFile, import }, d => Assert.Equal((check.Rule, check.Location, check.Message), (d.Rule, d.Location, d.Message)));
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
