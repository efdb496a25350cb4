using BenchmarkDotNet.Attributes;
using RoleBot.Core.Knowledge;

namespace RoleBot.Benchmarks.Core;

/// <summary>Loading the embedded knowledge base: parse and validate the YAML, then build the search indexes.</summary>
[MemoryDiagnoser]
public class KnowledgeLoadBenchmarks
{
    [Benchmark]
    public KnowledgeSnapshot LoadAndIndex() => new(KnowledgeLoader.Load());
}
