using System.Text;
using Publisher.Importers.Decoding;

namespace Publisher.Cli.Bench;

/// <summary>
/// <c>publisher bench mojibake</c>: the time to decode a 1 MB damaged file the way <c>publisher import</c>
/// does, then the accuracy of mojibake repair on clean Chinese Markdown damaged as seed 003 was (per
/// file and overall). Clean texts: every <c>*.md</c> in <c>tests/Publisher.Importers.Tests/Fixtures/Decoding/Harness</c>
/// (our own) and in <c>$PUBLISHER_CORPUS_ZH</c> or <c>./corpus-zh</c> (real READMEs, kept out of git).
/// </summary>
internal sealed class MojibakeBenchmark : IBenchmark
{
    private const string FixtureFolder = "tests/Publisher.Importers.Tests/Fixtures/Decoding/Harness";

    private static readonly HashSet<string> TuningHalf = ["catalogue-zh.md", "tutorial-zh.md", "003-original.md", "Awesome-Chinese-LLM.md"];

    /// <inheritdoc />
    public string Name => "mojibake";

    /// <inheritdoc />
    public string Description => "mojibake repair accuracy on damaged clean Chinese Markdown, and time to repair 1 MB (--size ignored)";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        var corpus = Environment.GetEnvironmentVariable("PUBLISHER_CORPUS_ZH") is { Length: > 0 } env ? env : "corpus-zh";
        var files = new[] { FixtureFolder, corpus }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.md").Order(StringComparer.Ordinal)).ToList();
        if (files.Count == 0)
        {
            Console.WriteLine($"no clean texts: run from the repository root ({FixtureFolder}) or set PUBLISHER_CORPUS_ZH");
            return;
        }
        // The 1 MB input repeats our own texts only, so its timing does not depend on which real
        // READMEs happen to be in ./corpus-zh (they are less dense in Chinese: a third fewer repairs per MB).
        var own = files.Where(f => f.StartsWith(FixtureFolder, StringComparison.Ordinal)).ToList();
        var clean = string.Join("\n\n", (own.Count > 0 ? own : files).Select(f => File.ReadAllText(f).Replace("\r\n", "\n")));
        var damaged = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(damaged.ToString()) < 1 << 20) damaged.Append(MojibakeRepairer.Damage(clean, 1254)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(damaged.ToString());
        var input = Path.Combine(workDirectory, "mojibake-1mb.md");
        await File.WriteAllBytesAsync(input, bytes, ct);
        Console.WriteLine($"input: {input} ({bytes.Length / 1024.0 / 1024.0:F2} MB of damaged text)");
        DecodedText? decoded = null;
        // CPU time beside wall time: on a shared machine the wall time mostly measures waiting.
        foreach (var label in new[] { "decode + repair, first file (includes loading the lexicon and JIT)", "decode + repair, again" })
        {
            var cpu = CpuSeconds();
            await Measure.RunAsync(label, () => { decoded = TextDecoder.Decode(File.ReadAllBytes(input), input); return Task.CompletedTask; });
            Console.WriteLine($"  cpu time (all threads, incl. GC): {CpuSeconds() - cpu:F2} s");
        }
        Console.WriteLine($"repaired {decoded!.RepairedChars:N0} characters, {decoded.UncertainChars:N0} uncertain");

        var rows = new List<RepairAccuracy>();
        Console.WriteLine("| file | code page | damaged Chinese chars right | all Chinese chars right | damaged chars right (any) | headings verbatim | paragraphs verbatim | uncertain (wrong among them) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var file in files)
            foreach (var codePage in new[] { 1252, 1254 })
            {
                var row = RepairHarness.Measure(Path.GetFileName(file), await File.ReadAllTextAsync(file, ct), codePage);
                rows.Add(row);
                Print(row, codePage.ToString());
            }
        Print(RepairAccuracy.Sum("overall", rows), "both");
        // Constants of the scorer are chosen on these files only; the others are held out (README).
        Print(RepairAccuracy.Sum("tuning half", rows.Where(r => TuningHalf.Contains(r.Name))), "both");
        Print(RepairAccuracy.Sum("held-out half", rows.Where(r => !TuningHalf.Contains(r.Name))), "both");
    }

    private static double CpuSeconds()
    {
        using var p = System.Diagnostics.Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
    }

    private static void Print(RepairAccuracy r, string codePage) =>
        Console.WriteLine($"| {r.Name} | {codePage} | {Share(r.DamagedChineseCharsRight, r.DamagedChineseChars)} | {Share(r.ChineseCharsRight, r.ChineseChars)} | {Share(r.DamagedCharsRight, r.DamagedChars)} | {Share(r.HeadingsVerbatim, r.Headings)} | {Share(r.ParagraphsVerbatim, r.Paragraphs)} | {r.Uncertain} ({r.UncertainWrong}) |");

    private static string Share(int right, int total) => total == 0 ? "–" : $"{100.0 * right / total:F2}% ({right:N0}/{total:N0})";
}
