using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project benchmarks/RoleBot.Benchmarks -- --filter '*Dialog*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, so BenchmarkSwitcher can find this assembly.</summary>
public partial class Program;
