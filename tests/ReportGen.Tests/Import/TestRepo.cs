using ReportGen.Load;
using ReportGen.Model;

namespace ReportGen.Tests.Import;

/// <summary>Files of the repository, found from the test binaries so no machine path is needed.</summary>
internal static class TestRepo
{
    public static string Root { get; } = FindRoot();

    public static string SampleFolder => Path.Combine(Root, "samples", "liaocheng-culture-tourism-2023");

    public static string SeedPath => Path.Combine(Root, "seeds", "000_8c8e42fb274846ab.txt");

    public static Report LoadSample()
    {
        var loaded = new ReportFolderLoader().Load(new DirectoryReportSource(SampleFolder));
        Assert.NotNull(loaded.Value);
        return loaded.Value;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
