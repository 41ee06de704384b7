using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ReportGen.Benchmarks -- --filter '*'` (see bench/README.md);
// `… -- page-latency <reportgen-web> [N]` times the page in chromium instead.
if (args is ["page-latency", .. var rest])
{
    return await ReportGen.Benchmarks.PageLatency.RunAsync(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(ReportGen.Benchmarks.StageBenchmarks).Assembly).Run(args);
return 0;
