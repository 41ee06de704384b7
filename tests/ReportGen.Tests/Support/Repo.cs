namespace ReportGen.Tests.Support;

/// <summary>Fixtures come from the repository, found from the test binaries, never from a machine path.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleFolder => Path.Combine(Root, "samples", "liaocheng-culture-tourism-2023");

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

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
