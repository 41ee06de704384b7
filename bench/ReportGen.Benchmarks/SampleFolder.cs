using System.Collections.Immutable;

namespace ReportGen.Benchmarks;

/// <summary>Finds the seed sample from wherever BenchmarkDotNet runs the benchmark process (its own bin folder).</summary>
internal static class SampleFolder
{
    private const string Relative = "samples/liaocheng-culture-tourism-2023";

    public static string Path { get; } = Find();

    public static ImmutableDictionary<string, byte[]> Files() =>
        Directory.GetFiles(Path).ToImmutableDictionary(f => System.IO.Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("REPORTGEN_SAMPLE") is { Length: > 0 } given)
        {
            return given;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, Relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"{Relative} not found above {AppContext.BaseDirectory}; set REPORTGEN_SAMPLE");
    }
}
