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
/// ids, about 560 bytes an entry), then times import + RIS export and reports peak memory.
/// </summary>
internal sealed class BibToRisBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "bib2ris";

    /// <inheritdoc />
    public string Description => "import a generated BibTeX file and write it as RIS";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        var bib = Path.Combine(workDirectory, $"bench-{size}.bib");
        var ris = Path.Combine(workDirectory, $"bench-{size}.ris");
        if (!File.Exists(bib)) Generate(bib, size);
        Console.WriteLine($"input: {bib} ({new FileInfo(bib).Length / 1024.0 / 1024.0:F1} MB, {size} entries)");
        // Streamed: the way to convert files of any size with flat memory (chunks of 5,000 entries).
        // Warm-up on the first 5,000 entries so both modes run jitted code (the first mode would otherwise pay for the JIT).
        using (var warm = new StreamReader(bib))
        {
            var done = false;
            new BibTeXImporter().ImportStream(warm, bib, 5_000, chunk =>
            {
                if (done) return;
                new RisWriter().Write(new Catalog { Entries = chunk.Entries }, TextWriter.Null, CitationWriterOptions.Default);
                done = true;
            });
        }
        var entries = 0;
        var errors = 0;
        var cpu = CpuSeconds();
        await Measure.RunAsync("bib2ris (streamed)", () =>
        {
            AtomicFile.Write(ris, stream =>
            {
                using var output = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                using var input = new StreamReader(bib, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
                var writer = new RisWriter();
                new BibTeXImporter().ImportStream(input, bib, 5_000, chunk =>
                {
                    entries += chunk.Entries.Count;
                    errors += chunk.Diagnostics.Count(d => d.Severity == Severity.Error);
                    writer.Write(new Catalog { Entries = chunk.Entries }, output, CitationWriterOptions.Default);
                });
            });
            return Task.CompletedTask;
        });
        cpu = PrintCpu(cpu);
        Console.WriteLine($"entries: {entries}, errors: {errors}, output: {ris} ({new FileInfo(ris).Length / 1024.0 / 1024.0:F1} MB)");
        if (size > 200_000) return; // the whole-file path holds the text and every entry: only sensible for smaller files

        // Whole file: what 'publisher import x.bib' + 'publisher export' do (text decoded once, all entries in memory).
        await Measure.RunAsync("bib2ris (whole file, as publisher import)", () =>
        {
            var bytes = File.ReadAllBytes(bib);
            var decoded = TextDecoder.Decode(bytes, bib);
            bytes = null;
            var result = new BibTeXImporter().Import(new SourceDocument(bib, decoded.Text, decoded.Encoding));
            decoded = null;
            entries = result.Entries.Count;
            ExportStage.WriteFile(new RisWriter(), new Catalog { Entries = result.Entries }, ris, CitationWriterOptions.Default);
            return Task.CompletedTask;
        });
        PrintCpu(cpu);
    }

    // CPU time shows the work itself when other processes share the cores (wall time then mostly measures waiting).
    private static double PrintCpu(double since)
    {
        var now = CpuSeconds();
        Console.WriteLine($"  cpu time (all threads, incl. GC): {now - since:F2} s");
        return now;
    }

    private static double CpuSeconds()
    {
        using var p = System.Diagnostics.Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
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
