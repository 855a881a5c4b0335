using Publisher.Cli.Commands;

namespace Publisher.Cli.Bench;

/// <summary><c>bench import</c>: import + merge throughput on a generated awesome-style Markdown list.</summary>
internal sealed class ImportBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "import";
    /// <inheritdoc />
    public string Description => "import and merge a generated Markdown list";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        var path = Path.Combine(workDirectory, $"awesome-{size}.md");
        if (!File.Exists(path)) SyntheticLists.WriteAwesomeList(path, size);
        var mb = new FileInfo(path).Length / 1024.0 / 1024.0;
        var entries = 0;
        var (seconds, _) = await Measure.RunAsync($"import {size:N0} entries ({mb:F1} MB)", () =>
        {
            entries = ImportCommand.Run([path]).Entries.Count;
            return Task.CompletedTask;
        });
        Console.WriteLine($"{entries:N0} entries in catalog; {size / seconds:N0} entries/s, {mb / seconds:F1} MB/s");
    }
}
