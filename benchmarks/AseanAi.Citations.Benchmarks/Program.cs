using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*'
// Run a class:  dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*Edtf*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
