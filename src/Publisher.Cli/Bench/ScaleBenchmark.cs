using System.Diagnostics;
using Publisher.Cli.Commands;
using Publisher.Cli.Stages;
using Publisher.Writers;

namespace Publisher.Cli.Bench;

/// <summary>
/// <c>bench scale</c>: the whole citation path of <c>publisher build</c> on a generated catalog —
/// import (decode, parse, merge) and all four citation writers — with time per phase and peak memory.
/// </summary>
internal sealed class ScaleBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "scale";
    /// <inheritdoc />
    public string Description => "import, merge and write BibTeX/RIS/CSL-JSON/CSV for a generated BibTeX library";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        var bib = Path.Combine(workDirectory, $"scale-{size}.bib");
        if (!File.Exists(bib)) SyntheticLists.WriteBibTeX(bib, size);
        Console.WriteLine($"input: {bib} ({new FileInfo(bib).Length / 1024.0 / 1024.0:F1} MB, {size:N0} entries)");
        var total = Stopwatch.StartNew();
        Model.Catalog? catalog = null;
        await Measure.RunAsync("import + merge", () =>
        {
            catalog = ImportCommand.Run([bib]);
            return Task.CompletedTask;
        });
        Console.WriteLine($"  {catalog!.Entries.Count:N0} entries, {catalog.Diagnostics.Count} diagnostics");
        foreach (var writer in CitationWriterRegistry.All)
        {
            var path = Path.Combine(workDirectory, $"scale-{size}{writer.FileExtension}");
            await Measure.RunAsync($"write {writer.Name}", () =>
            {
                ExportStage.WriteFile(writer, catalog, path, CitationWriterOptions.Default);
                return Task.CompletedTask;
            });
        }
        total.Stop();
        using var p = Process.GetCurrentProcess();
        Console.WriteLine($"total: {total.Elapsed.TotalSeconds:F1} s, peak working set {p.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
    }
}
