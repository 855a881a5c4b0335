using Publisher.Cli.Configuration;
using Publisher.Model;
using Publisher.Pdf.Formulas;
using Publisher.Pdf.Handbook;

namespace Publisher.Cli.Stages;

/// <summary>The handbook step of <c>publisher build</c>: renders <c>output/handbook.pdf</c> atomically.</summary>
internal static class HandbookStage
{
    /// <summary>
    /// The configured inputs, with folders that hold handbook chapters expanded and those chapter files
    /// left out: a chapter is prose that cites the catalog, not a reading list to import.
    /// </summary>
    public static IReadOnlyList<string> InputsWithoutChapters(PublisherConfig config)
    {
        var inputs = config.Inputs.Select(config.Resolve).ToList();
        if (!config.Handbook.Enabled) return inputs;
        var chapters = config.Handbook.MarkdownChapterFiles(config.Resolve).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (chapters.Count == 0) return inputs;
        var result = new List<string>();
        foreach (var input in inputs)
        {
            var folder = Path.GetFullPath(input) + Path.DirectorySeparatorChar;
            if (!Directory.Exists(input) || !chapters.Any(c => c.StartsWith(folder, StringComparison.Ordinal))) { result.Add(input); continue; }
            result.AddRange(Importers.CatalogImporter.ExpandInputs([input], []).Where(f => !chapters.Contains(Path.GetFullPath(f))));
        }
        return result;
    }

    /// <summary>Where typeset formulas are kept between runs: <c>&lt;output&gt;/cache/formulas</c>, beside the arXiv cache.</summary>
    public static string FormulaCache(string outputDirectory) => Path.Combine(outputDirectory, "cache", "formulas");

    /// <summary>
    /// Renders the handbook file with the progress display, as <c>build</c> and <c>handbook</c> do (and
    /// <c>bench handbook</c>, which times the same path); <paramref name="observe"/> also hears every page.
    /// </summary>
    public static HandbookResult Render(Catalog catalog, HandbookOptions options, string path, Action<Pdf.Layout.RenderProgress>? observe = null) =>
        Progress.ProgressDisplay.Run("handbook", report =>
        {
            var view = new Progress.HandbookProgressView(report, Progress.ProgressDisplay.Live);
            IProgress<Pdf.Layout.RenderProgress> progress = observe is null ? view
                : new Progress.CallbackProgress<Pdf.Layout.RenderProgress>(p => { observe(p); view.Report(p); });
            return HandbookWriter.WriteFile(catalog, options with { Progress = progress }, path);
        });

    /// <summary>Runs the stage when enabled; problems become diagnostics.</summary>
    public static Task RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config.Handbook;
        if (!config.Enabled) return Task.CompletedTask;
        ct.ThrowIfCancellationRequested();
        HandbookOptions options;
        try { options = config.ToOptions(context.Config.Resolve, BuildTimestamp.Now) with { Math = new MathTypesetter(FormulaCache(context.OutputDirectory)) }; }
        catch (ConfigException e)
        {
            context.Diagnostics.Add(new Diagnostic("publisher.json", 0, Severity.Error, e.Message, "handbook-config"));
            return Task.CompletedTask;
        }
        var path = context.OutputPath(config.File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = Render(context.Catalog, options, path);
        context.Diagnostics.AddRange(result.Diagnostics);
        if (result.Succeeded)
            ConsoleReporter.Step("handbook", $"{result.Pages} pages, {result.Entries} entries in {result.Chapters} chapters → {path}");
        return Task.CompletedTask;
    }
}
