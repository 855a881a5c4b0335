using Publisher.Cli.Commands;

namespace Publisher.Cli.Bench;

/// <summary><c>bench import-blocks</c>: import + merge of generated lists in each block shape the coverage pass reads.</summary>
internal sealed class ImportBlocksBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "import-blocks";
    /// <inheritdoc />
    public string Description => "import and merge generated lists in each block shape (pipe/HTML tables, numbered items, prose, mentions)";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        foreach (var shape in SyntheticBlockLists.Shapes)
        {
            var path = Path.Combine(workDirectory, $"blocks-{shape}-{size}.md");
            if (!File.Exists(path)) SyntheticBlockLists.Write(path, shape, size);
            var mb = new FileInfo(path).Length / 1024.0 / 1024.0;
            var entries = 0;
            var (seconds, _) = await Measure.RunAsync($"{shape}: import {size:N0} entries ({mb:F1} MB)", () =>
            {
                entries = ImportCommand.Run([path]).Entries.Count;
                return Task.CompletedTask;
            });
            Console.WriteLine($"{shape}: {entries:N0} entries in catalog; {size / seconds:N0} entries/s");
        }
    }
}
