using Publisher.Cli.Configuration;
using Publisher.Model;
using Publisher.Pdf.Handbook;

namespace Publisher.Cli.Stages;

/// <summary>The handbook step of <c>publisher build</c>: renders <c>output/handbook.pdf</c> atomically.</summary>
internal static class HandbookStage
{
    /// <summary>Runs the stage when enabled; problems become diagnostics.</summary>
    public static Task RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config.Handbook;
        if (!config.Enabled) return Task.CompletedTask;
        ct.ThrowIfCancellationRequested();
        HandbookOptions options;
        try { options = config.ToOptions(context.Config.Resolve, BuildTimestamp.Now); }
        catch (ConfigException e)
        {
            context.Diagnostics.Add(new Diagnostic("publisher.json", 0, Severity.Error, e.Message, "handbook-config"));
            return Task.CompletedTask;
        }
        var path = context.OutputPath(config.File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = HandbookWriter.WriteFile(context.Catalog, options, path);
        context.Diagnostics.AddRange(result.Diagnostics);
        if (result.Succeeded)
            ConsoleReporter.Step("handbook", $"{result.Pages} pages, {result.Entries} entries in {result.Chapters} chapters → {path}");
        return Task.CompletedTask;
    }
}
