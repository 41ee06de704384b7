using System.Diagnostics;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Trust;

/// <summary>
/// #11 class 6: `init`, `import` and `aggregate` on a disk that fills up mid-way leave nothing behind,
/// say so, and a retry after space is freed succeeds. The disk is a small tmpfs, so mounting needs root
/// (CI runs as root); elsewhere the test skips.
/// </summary>
public class FullDiskTests
{
    [SkippableFact]
    public void Folders_written_onto_a_full_disk_leave_nothing_behind_and_a_retry_succeeds()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "tmpfs is Linux");
        using var temp = new TempFolder();
        var disk = temp.File("disk");
        Directory.CreateDirectory(disk);
        Skip.IfNot(Mount(disk), "mounting a tmpfs needs root");
        try
        {
            // 256 KiB less 8 KiB of filler: room for a file or two, not for a report folder of nine.
            var filler = Path.Combine(disk, "filler.bin");
            File.WriteAllBytes(filler, new byte[(256 - 8) * 1024]);
            var seed = Directory.GetFiles(Repo.Path_("seeds"), "*.txt").Single();
            var jobs = new (string Name, string[] Args)[]
            {
                ("init", ["init", Path.Combine(disk, "new"), "--agency", "某县民政局", "--year", "2024"]),
                ("import", ["import", seed, "-o", Path.Combine(disk, "imported")]),
                ("aggregate", ["aggregate", Repo.SampleFolder, "-o", Path.Combine(disk, "region"), "--agency", "某市"]),
            };

            foreach (var (name, args) in jobs)
            {
                var (code, stdout, stderr) = InProcessCli.Run(args);

                Assert.True(code != 0, $"{name} on a full disk exited 0");
                Assert.Contains("磁盘空间不足。未留下任何文件，可以直接重试", stdout + stderr, StringComparison.Ordinal);
                Assert.Equal(["filler.bin"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));
            }

            File.Delete(filler);
            foreach (var (name, args) in jobs)
            {
                var (code, stdout, stderr) = InProcessCli.Run(args);

                Assert.True(code == 0, $"{name} retried with space: exit {code}: {stdout}{stderr}");
            }
            Assert.True(File.Exists(Path.Combine(disk, "new", "report.json")));
            Assert.True(File.Exists(Path.Combine(disk, "imported", "report.json")));
            Assert.True(File.Exists(Path.Combine(disk, "region", "report.json")));
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static bool Mount(string folder) =>
        !OperatingSystem.IsWindows() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", folder);

    private static bool Run(string command, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>#11 class 5: sums at the bounds of a figure are a finding of `aggregate`, never an internal error.</summary>
public class AggregateBoundsTests
{
    [Fact]
    public void Fees_at_the_largest_allowed_figure_are_refused_as_R8_with_nothing_written()
    {
        using var temp = new TempFolder();
        string[] agencies = ["甲局", "乙局"];
        var units = agencies.Select(agency =>
        {
            var folder = temp.File(agency);
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Repo.SampleFolder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            var active = Path.Combine(folder, "active.csv");
            File.WriteAllText(active, File.ReadAllText(active).Replace("行政事业性收费,0,,", "行政事业性收费,2147483647,,", StringComparison.Ordinal));
            var json = Path.Combine(folder, "report.json");
            File.WriteAllText(json, File.ReadAllText(json).Replace("聊城市文化和旅游局", agency, StringComparison.Ordinal));
            return folder;
        }).ToArray();
        Assert.All(units, u => Assert.Equal(0, InProcessCli.Run("check", u).ExitCode));
        var output = temp.File("region");

        var (code, stdout, stderr) = InProcessCli.Run(["aggregate", .. units, "-o", output, "--agency", "某市"]);

        Assert.Equal(1, code);
        Assert.Contains("R8", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", stdout + stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
