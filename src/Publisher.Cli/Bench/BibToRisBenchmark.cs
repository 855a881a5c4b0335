using System.Globalization;
using System.Text;
using Publisher.Cli.Stages;
using Publisher.Importers;
using Publisher.Importers.BibTeX;
using Publisher.Importers.Decoding;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Writers;
using Publisher.Writers.Ris;

namespace Publisher.Cli.Bench;

/// <summary>
/// <c>publisher bench bib2ris --size N</c>: generates an N-entry BibTeX file (invented titles, names and
/// ids, about 560 bytes an entry) and converts it to RIS three ways, each as its own process, in the
/// same run: <c>publisher convert</c>, <c>publisher import</c> then <c>publisher export</c> (the catalog
/// path) and citation-js 0.8.2 (<c>tests/tools/citationjs</c>, when node and its modules are there), the
/// last two up to 200,000 entries.
/// </summary>
internal sealed class BibToRisBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "bib2ris";

    /// <inheritdoc />
    public string Description => "BibTeX to RIS: publisher convert, publisher import + export, citation-js";

    /// <inheritdoc />
    public Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        var bib = Path.Combine(workDirectory, $"bench-{size}.bib");
        if (!File.Exists(bib)) Generate(bib, size);
        Console.WriteLine($"input: {bib} ({new FileInfo(bib).Length / 1024.0 / 1024.0:F1} MB, {size:N0} entries); each line is a separate process");

        var convert = Report("publisher convert --to ris", CommandMeasure.Publisher("convert", bib, "--to", "ris", "--out", Path.Combine(workDirectory, $"convert-{size}.ris")));
        if (size <= 200_000)
        {
            var catalog = Path.Combine(workDirectory, $"catalog-{size}.json");
            var import = Report("publisher import", CommandMeasure.Publisher("import", bib, "--out", catalog));
            var export = Report("publisher export --format ris", CommandMeasure.Publisher("export", catalog, "--format", "ris", "--out", Path.Combine(workDirectory, $"export-{size}.ris")));
            Console.WriteLine($"  import + export: {import.Seconds + export.Seconds:F2} s wall, {import.CpuSeconds + export.CpuSeconds:F2} s CPU, peak {Math.Max(import.PeakMb, export.PeakMb):F0} MB");
        }
        if (CitationJsScript() is { } script && size <= 200_000)
        {
            var js = Report("citation-js 0.8.2 (node)", CommandMeasure.Run("node", "--max-old-space-size=8192", script, bib, Path.Combine(workDirectory, $"citationjs-{size}.ris")));
            if (js.ExitCode == 0)
                Console.WriteLine($"  convert vs citation-js: {js.Seconds / convert.Seconds:F1}x less wall time, {js.CpuSeconds / convert.CpuSeconds:F1}x less CPU time, {convert.PeakMb / js.PeakMb:P0} of its peak memory");
        }
        else Console.WriteLine("citation-js: skipped (needs node and 'npm ci' in tests/tools/citationjs; only run up to 200,000 entries)");
        return Task.CompletedTask;
    }

    private static CommandMeasure.Result Report(string label, CommandMeasure.Result result)
    {
        Console.WriteLine($"{label}: {result.Seconds:F2} s wall, {result.CpuSeconds:F2} s CPU, peak {result.PeakMb:F0} MB" + (result.ExitCode == 0 ? "" : $" (exit {result.ExitCode})"));
        if (result.ExitCode is not (0 or 1)) Console.WriteLine(result.Output.Trim());
        return result;
    }

    // tests/tools/citationjs of a checkout, looked for above the working folder and above the executable.
    private static string? CitationJsScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var tool = Path.Combine(dir.FullName, "tests", "tools", "citationjs");
                if (Directory.Exists(Path.Combine(tool, "node_modules", "@citation-js", "core"))) return Path.Combine(tool, "convert.js");
            }
        return null;
    }

    // Synthetic data only: invented names, titles and ids (never a real paper's metadata).
    private static void Generate(string path, int size)
    {
        string[] families = ["Synthetic", "Müller", "Example", "Sample", "García", "Dupont", "Tanaka", "Novak", "Okafor", "Lindqvist"];
        string[] givens = ["Ada", "Bo", "Chen", "Dana", "Émile", "Farah", "Gil", "Hana"];
        string[] words = ["Scaling", "Adapters", "Retrieval", "Alignment", "Sparse", "Mixture", "Reasoning", "Agents", "Tokens", "Diffusion"];
        AtomicFile.Write(path, stream =>
        {
            using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            var sb = new StringBuilder(1024);
            for (var i = 0; i < size; i++)
            {
                sb.Clear();
                var yy = 15 + i % 10;
                var mm = 1 + i % 12;
                var id = string.Create(CultureInfo.InvariantCulture, $"{yy:D2}{mm:D2}.{i % 100000:D5}");
                sb.Append("@misc{synthetic").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",\n  author = {");
                for (var a = 0; a < 4; a++)
                {
                    if (a > 0) sb.Append(" and ");
                    sb.Append(families[(i + a) % families.Length]).Append(", ").Append(givens[(i * 3 + a) % givens.Length]);
                }
                sb.Append("},\n  title = {A Synthetic Study of {").Append(words[i % words.Length]).Append("} and ")
                  .Append(words[(i / 10) % words.Length]).Append(" in Invented Model ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("},\n");
                sb.Append("  year = {20").Append(yy.ToString(CultureInfo.InvariantCulture)).Append("},\n  month = ")
                  .Append(new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }[mm - 1]).Append(",\n");
                sb.Append("  eprint = {").Append(id).Append("},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},\n");
                sb.Append("  url = {https://arxiv.org/abs/").Append(id).Append("},\n");
                sb.Append("  keywords = {synthetic, benchmark},\n");
                sb.Append("  abstract = {This invented abstract describes a synthetic experiment with \\emph{made-up} results; it exists only to give the benchmark realistic field sizes and a few {\\\"u}mlauts.},\n}\n\n");
                w.Write(sb);
            }
        });
    }
}
