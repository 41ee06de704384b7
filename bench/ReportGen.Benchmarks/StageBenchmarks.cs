using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Validate;
using ReportGen.Write;

namespace ReportGen.Benchmarks;

/// <summary>
/// The pipeline stages on the seed sample, each on the previous stage's output computed once in setup,
/// so a regression points at one stage. <see cref="Check"/> and <see cref="Build"/> are what one
/// report costs in a batch, without process start-up.
/// </summary>
// Results are returned as object: the pipeline types are internal, and returning them keeps the work from being optimised away.
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly ReportFolderLoader loader = new();

    // Built once, as ReportChecker shares one per process: this times checking, not building rules.
    private ImmutableDictionary<string, byte[]> files = ImmutableDictionary<string, byte[]>.Empty;
    private Report? report;
    private ReportDocument? document;

    [GlobalSetup]
    public void Setup()
    {
        files = SampleFolder.Files();
        report = loader.Load(new InMemoryReportSource("sample", files)).Value
            ?? throw new InvalidOperationException("the sample does not load");
        document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report).Value
            ?? throw new InvalidOperationException("the sample does not render");
    }

    [Benchmark]
    public object? Load() => loader.Load(new InMemoryReportSource("sample", files)).Value;

    [Benchmark]
    public object? LoadDirectory() => loader.Load(new DirectoryReportSource(SampleFolder.Path)).Value;

    [Benchmark]
    public int Validate() => ReportChecks.Run(report!).Length;

    [Benchmark]
    public object? Render() => new ReportRenderer(EmbeddedTemplateSet.Instance).Render(report!).Value;

    [Benchmark]
    public long Write()
    {
        using var output = new MemoryStream(64 * 1024);
        new DocxReportWriter().Write(document!, output);
        return output.Length;
    }

    /// <summary>What `check` does per folder: load from disk and validate.</summary>
    [Benchmark]
    public int Check() => FolderChecks.CheckOne(SampleFolder.Path).Diagnostics.Length;

    /// <summary>What `build` does per folder, except the atomic rename: check, render, write.</summary>
    [Benchmark]
    public long Build()
    {
        var checkedReport = FolderChecks.CheckOne(SampleFolder.Path).Report!;
        var rendered = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(checkedReport).Value!;
        using var output = new MemoryStream(64 * 1024);
        new DocxReportWriter().Write(rendered, output);
        return output.Length;
    }
}
