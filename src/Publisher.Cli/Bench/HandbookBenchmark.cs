using System.Diagnostics;
using System.Globalization;
using Publisher.Cli.Configuration;
using Publisher.Cli.Stages;
using Publisher.Model;
using Publisher.Pdf.Formulas;
using Publisher.Pdf.Handbook;
using Publisher.Pdf.Layout;

namespace Publisher.Cli.Bench;

/// <summary>
/// <c>publisher bench handbook [--size 5000]</c>: renders generated entries through the same path as
/// <c>publisher build</c>'s handbook stage (<see cref="HandbookConfig.ToOptions"/>, then
/// <see cref="HandbookStage.Render"/>) three times: the book of the catalog alone; the same book with a
/// generated survey chapter of 60 formulas typeset by a MathJax not loaded yet, so the math's costs (a
/// load once, then each new formula) are measured apart from the book's; and that once more with the
/// formulas in the cache a build keeps, as a second build finds them. Prints pages, pages/second (wall
/// and per CPU second), the phases, KB/page, peak memory and the GC's work (the full collections include
/// the one <see cref="Measure"/> forces before each run). The entries are invented ("A Synthetic
/// Study of …", ids 2401.xxxxx): they describe no real paper.
/// </summary>
internal sealed class HandbookBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "handbook";
    /// <inheritdoc />
    public string Description => "render a PDF handbook of generated entries (default 5,000), then with a 60-formula survey chapter";

    /// <inheritdoc />
    public async Task RunAsync(int size, string workDirectory, CancellationToken ct)
    {
        // The bench command's default size (100,000) suits importers; a handbook that size is ~30,000 pages.
        var count = size >= 100_000 ? 5_000 : size;
        var catalog = Generate(count);
        Directory.CreateDirectory(workDirectory);
        string Resolve(string p) => Path.GetFullPath(Path.Combine(workDirectory, p));
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // A default handbook section, as a publisher.json without one gives: catalog chapters, statistics, bibliography, author index.
        var config = new HandbookConfig { Title = "Benchmark Handbook", Subtitle = "generated entries" };
        var book = await RenderAsync($"book ({count} entries)", catalog, config.ToOptions(Resolve, created), Path.Combine(workDirectory, "handbook-bench.pdf"));

        ct.ThrowIfCancellationRequested();
        // The same book with a Markdown survey chapter in front of the catalog chapters: citations and 60
        // formulas (35 distinct), typeset by a fresh MathJax so its load is in this run.
        await File.WriteAllTextAsync(Path.Combine(workDirectory, "bench-survey.md"), SurveyChapter(catalog, Formulas), ct);
        // The formula cache a build keeps in output/cache/formulas, empty for this run.
        var cache = Path.Combine(workDirectory, "formula-cache");
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var math = new MathTypesetter(cache);
        var withSurvey = config with { Chapters = [new HandbookConfig.ChapterConfig("", []) { Markdown = "bench-survey.md" }] };
        var survey = await RenderAsync($"book + survey chapter ({Formulas} formulas)", catalog, withSurvey.ToOptions(Resolve, created) with { Math = math },
            Path.Combine(workDirectory, "handbook-bench-survey.pdf"));
        // A second build: every formula is in the cache, so MathJax is not loaded at all.
        var again = new MathTypesetter(cache);
        var rebuilt = await RenderAsync($"book + survey chapter again, formulas from the cache", catalog, withSurvey.ToOptions(Resolve, created) with { Math = again },
            Path.Combine(workDirectory, "handbook-bench-survey-again.pdf"));
        var perFormula = math.ConvertTime.TotalMilliseconds / Math.Max(1, math.Converted);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"math: MathJax load {math.LoadTime.TotalSeconds:F2} s once; {math.Converted} distinct formulas typeset in {math.ConvertTime.TotalSeconds:F2} s, {perFormula:F0} ms per formula (wall on the typesetting thread; of which Svg.Skia {math.PictureTime.TotalMilliseconds / Math.Max(1, math.Converted):F0} ms), the other {Formulas - math.Converted} of the chapter's {Formulas} formulas repeat one of them (counted from the generated chapter, not measured); the survey book took {survey.Wall - book.Wall:F2} s wall and {survey.Cpu - book.Cpu:F2} s CPU more than the book ({survey.Pages - book.Pages} more pages)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"math again: {again.FromCache} formulas from the cache ({again.CacheTime.TotalMilliseconds / Math.Max(1, again.FromCache):F0} ms each), {again.Converted} typeset, MathJax {(again.LoadTime > TimeSpan.Zero ? "loaded" : "not loaded")}; {rebuilt.Wall:F2} s wall, {rebuilt.Cpu:F2} s CPU against {survey.Wall:F2} s and {survey.Cpu:F2} s for the first build (both after the book, so with the code already compiled)"));
    }

    private sealed record Run(int Pages, double Wall, double Cpu);

    /// <summary>Renders once as the handbook stage does and prints wall time, CPU time and the phases seen through the progress reports.</summary>
    private static async Task<Run> RenderAsync(string label, Catalog catalog, HandbookOptions options, string path)
    {
        HandbookResult? result = null;
        var sw = new Stopwatch();
        TimeSpan layoutStart = default, writeStart = default;
        void Observe(RenderProgress p)
        {
            if (p is { Phase: RenderPhase.LayingOut, Pages: 1 }) layoutStart = sw.Elapsed;
            if (p is { Phase: RenderPhase.Writing, Pages: 1 }) writeStart = sw.Elapsed;
        }
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (gen2Before, pauseBefore, allocatedBefore) = (GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var (_, peak) = await Measure.RunAsync(label, () =>
        {
            sw.Start();
            result = HandbookStage.Render(catalog, options, path, Observe);
            sw.Stop();
            return Task.CompletedTask;
        });
        process.Refresh();
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var wall = sw.Elapsed.TotalSeconds;
        var (gen2, pause, allocated) = (GC.CollectionCount(2) - gen2Before, GC.GetTotalPauseDuration() - pauseBefore, GC.GetTotalAllocatedBytes() - allocatedBefore);
        var pages = result!.Pages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {pages} pages in {wall:F2} s wall, {cpu:F2} s CPU: {pages / wall:F0} pages/s (wall), {pages / cpu:F0} per CPU second; compose + shape {layoutStart.TotalSeconds:F2} s, lay out {(writeStart - layoutStart).TotalSeconds:F2} s, write {(sw.Elapsed - writeStart).TotalSeconds:F2} s; KB/page {result.Bytes / 1024.0 / Math.Max(1, pages):F2}, {result.Bytes / 1024.0 / 1024.0:F1} MB, peak working set {peak:F0} MB; GC: {allocated / 1024.0 / 1024.0:F0} MB allocated, {gen2} full collections, {pause.TotalSeconds:F2} s paused → {path}"));
        return new Run(pages, wall, cpu);
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
