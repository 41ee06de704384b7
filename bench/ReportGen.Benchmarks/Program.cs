using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ReportGen.Benchmarks -- --filter '*'` (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(ReportGen.Benchmarks.StageBenchmarks).Assembly).Run(args);
