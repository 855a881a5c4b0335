using Publisher.Cli.Templates;
using Publisher.Model;
using Publisher.Writers.Newsletter;

namespace Publisher.Cli.Stages;

/// <summary>The newsletter step of <c>publisher build</c>: writes the next issue of unpublished entries, if there are any.</summary>
internal static class NewsletterStage
{
    /// <summary>Runs the stage; problems become diagnostics in the context.</summary>
    public static Task RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config.Newsletter;
        if (!config.Enabled || ct.IsCancellationRequested) return Task.CompletedTask;
        var outDir = Path.GetFullPath(Path.Combine(context.OutputDirectory, config.Output));
        var ledger = Path.GetFullPath(Path.Combine(outDir, config.Ledger));
        if (!NewsletterWriter.IsInside(outDir, context.OutputDirectory) || !NewsletterWriter.IsInside(ledger, context.OutputDirectory))
        {
            context.Diagnostics.Add(new Diagnostic("publisher.json", 0, Severity.Error,
                $"newsletter.output '{config.Output}' and newsletter.ledger '{config.Ledger}' must stay inside the output folder {context.OutputDirectory}", "NL010"));
            return Task.CompletedTask;
        }
        using var templates = NewsletterTemplateFolder.ForConfig(config.Templates, context.Config.Resolve, config.Style);
        var result = NewsletterWriter.Write(context.Catalog, new NewsletterRequest
        {
            Date = DateOnly.FromDateTime(BuildTimestamp.Now.UtcDateTime),
            OutputDirectory = outDir,
            LedgerPath = ledger,
            TemplatesDirectory = templates.Path,
            Style = config.Style,
            BaseUrl = config.BaseUrl,
            Selection = new NewsletterSelection { Topics = config.Topics, Max = config.Max > 0 ? config.Max : null },
        });
        context.Diagnostics.AddRange(result.Diagnostics);
        if (result.MarkdownPath is not null)
            ConsoleReporter.Step("newsletter", $"issue {result.IssueNumber} ({result.EntryIds.Count} entries) → {result.MarkdownPath}");
        else if (!result.HasErrors)
            ConsoleReporter.Step("newsletter", "nothing new to publish");
        return Task.CompletedTask;
    }
}
