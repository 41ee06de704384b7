using System.Collections.Immutable;
using System.Text;

namespace ReportGen.Load;

/// <summary>A report folder held in memory: what the importer produces and what tests build.</summary>
internal sealed class InMemoryReportSource(string name, ImmutableDictionary<string, byte[]> files) : IReportSource
{
    public static InMemoryReportSource FromText(string name, IReadOnlyDictionary<string, string> files) =>
        new(name, files.ToImmutableDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));

    public string Describe(string file) => name.Length == 0 ? file : $"{name}/{file}";

    public SourceFile Open(string file) =>
        files.TryGetValue(file, out var bytes) ? new SourceFile(SourceFileState.Found, bytes, null) : SourceFile.Missing;

    public SourceFile Open(string file, int maxBytes) => Open(file);

    public bool Exists(string file) => files.ContainsKey(file);
}
