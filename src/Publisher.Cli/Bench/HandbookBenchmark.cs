using System.Diagnostics;
using System.Globalization;
using Publisher.Model;
using Publisher.Pdf.Formulas;
using Publisher.Pdf.Handbook;

namespace Publisher.Cli.Bench;

/// <summary>
/// <c>publisher bench handbook [--size 5000]</c>: renders a handbook of generated entries and prints
/// pages, pages/second, KB/page and peak memory. The entries are invented ("A Synthetic Study of …",
/// ids 2401.xxxxx): they describe no real paper.
/// </summary>
internal sealed class HandbookBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "handbook";
    /// <inheritdoc />
    public string Description => "render a PDF handbook of generated entries (default 5,000)";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        // The bench command's default size (100,000) suits importers; a handbook that size is ~30,000 pages.
        var count = size >= 100_000 ? 5_000 : size;
        var catalog = Generate(count);
        var path = Path.Combine(workDirectory, "handbook-bench.pdf");
        // A Markdown survey chapter in front of the catalog chapters: citations and distinct formulas, so the
        // figure includes MathJax (its load once, then each formula; repeats are cached).
        var math = new MathTypesetter();
        var options = new HandbookOptions
        {
            Title = "Benchmark Handbook",
            Subtitle = "generated entries",
            Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Chapters = [ChapterSpec.FromMarkdown(new FrontMatterChapter("bench-survey.md", SurveyChapter(catalog, Formulas)))],
            Math = math,
        };
        HandbookResult? result = null;
        var sw = new Stopwatch();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (_, peak) = await Measure.RunAsync($"handbook ({count} entries)", () =>
        {
            sw.Start();
            result = HandbookWriter.WriteFile(catalog, options, path);
            sw.Stop();
            return Task.CompletedTask;
        });
        var pages = result!.Pages;
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages: {pages}, pages/s: {pages / sw.Elapsed.TotalSeconds:F0} (wall), {pages / cpu:F0} (per CPU second, {cpu:F1} s CPU), KB/page: {result.Bytes / 1024.0 / Math.Max(1, pages):F2}, size: {result.Bytes / 1024.0 / 1024.0:F1} MB, peak working set: {peak:F0} MB → {path}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"math: {Formulas} formulas, MathJax load {math.LoadTime.TotalSeconds:F2} s once, {math.ConvertTime.TotalMilliseconds / Math.Max(1, math.Converted):F1} ms per formula ({math.Converted} typeset, {math.ConvertTime.TotalSeconds:F2} s); the book without MathJax's time: {pages / Math.Max(0.001, (sw.Elapsed - math.LoadTime - math.ConvertTime).TotalSeconds):F0} pages/s (wall)"));
    }

    private const int Formulas = 60;

    /// <summary>A generated survey chapter: sections citing generated entries by id, each with an inline and a display formula (all distinct).</summary>
    private static string SurveyChapter(Catalog catalog, int formulas)
    {
        var sb = new System.Text.StringBuilder("# A Generated Survey\n\nThis chapter is generated for the benchmark; its text is invented.\n\n");
        for (var i = 0; i < formulas / 2; i++)
        {
            var a = catalog.Entries[i * 7 % catalog.Entries.Count].Id;
            var b = catalog.Entries[(i * 13 + 5) % catalog.Entries.Count].Id;
            sb.Append(CultureInfo.InvariantCulture, $"## Section {i + 1}\n\nMethod {i} [@{a}] scales as $O(n^{{{i % 5 + 1}}} \\log n)$ and compares with [see @{b}, p. {i + 2}].\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"$$\n\\mathcal{{L}}_{{{i}}}(\\theta) = \\sum_{{t=1}}^{{T}} \\frac{{\\pi_\\theta(a_t \\mid s_t)}}{{\\pi_{{\\mathrm{{old}}}}(a_t \\mid s_t)}} \\hat{{A}}_t - \\beta_{{{i}}} \\, \\mathrm{{KL}}\\left[\\pi_{{\\mathrm{{old}}}} \\,\\|\\, \\pi_\\theta\\right]\n$$\n\n");
        }
        return sb.ToString();
    }

    private static Catalog Generate(int count)
    {
        string[] chapters = ["Reasoning", "Agents", "多模态", "Retrieval", "Efficient Training", "Alignment", "代码生成", "Evaluation", "Long Context", "Speech", "安全", "Data"];
        string[] sections = ["Methods", "Benchmarks", "综述", "Systems"];
        string[] given = ["Ada", "Bao", "Chen", "Dara", "Emil", "Fang", "Greta", "Hiro", "Ines", "Jun", "Kai", "Lena", "Ming", "Nora", "Omar", "Pei"];
        string[] family = ["Synthwell", "Placeholder", "Example", "Fictor", "Madeup", "Inventa", "Sampleton", "Mockley", "Testa", "Dummer", "Fakely", "Stubbs", "Proxima", "Notreal", "Imagin", "Pretendo", "Simula", "Fabrik", "Surrogat", "Modelle"];
        var random = new Random(42);
        var entries = new List<Entry>(count);
        for (var i = 1; i <= count; i++)
        {
            var id = ArxivId.Parse(string.Create(CultureInfo.InvariantCulture, $"24{1 + i / 99_999 % 12:D2}.{i % 99_999 + 1:D5}"));
            var authors = Enumerable.Range(0, 2 + random.Next(4))
                .Select(_ => Person.Of(given[random.Next(given.Length)], family[random.Next(family.Length)])).ToList();
            entries.Add(new Entry
            {
                Id = $"arxiv:{id}",
                Title = $"A Synthetic Study of Scalable Method {i} for {chapters[i % chapters.Length]} under Limited Supervision",
                TitleAlt = i % 2 == 0 ? [new AltTitle($"第{i}号合成研究：在有限监督下的可扩展方法", "zh")] : [],
                Authors = authors,
                Date = new PartialDate(2024, 1 + i % 12),
                Venue = i % 5 == 0 ? "ICLR" : "arXiv",
                ArxivId = id,
                Links = [new Link(LinkKind.Paper, id.AbsUrl), new Link(LinkKind.Code, $"https://github.com/example/synthetic-{i}")],
                Topics = [$"{chapters[i % chapters.Length]} / {sections[i / chapters.Length % sections.Length]}"],
                Summaries =
                [
                    new Summary($"这是第{i}篇虚构论文的中文摘要：作者提出了一种新的训练方法，在多个基准上取得了提升，并分析了其局限性。", "zh", "bench.md"),
                    new Summary($"Invented abstract {i}: the method improves results on several benchmarks while keeping the cost low.", "en", "bench.md"),
                ],
                Sources = [new SourceRef("bench.md", i * 6)],
            });
        }
        return new Catalog
        {
            Inputs = [new InputSummary { File = "bench.md", Importer = "generated", Encoding = "utf-8", Entries = count }],
            Entries = entries,
        };
    }
}
