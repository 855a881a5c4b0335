namespace Publisher.Cli.Bench;

/// <summary>Every benchmark <c>publisher bench</c> knows.</summary>
internal static class BenchmarkRegistry
{
    /// <summary>All benchmarks, in help order.</summary>
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new ImportBenchmark(),
        new ImportBlocksBenchmark(),
        new ScaleBenchmark(),
        new BibToRisBenchmark(),
        new HandbookBenchmark(),
        new MojibakeBenchmark(),
    ];
}
