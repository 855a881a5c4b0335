using Publisher.Cli.Commands;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Model.Serialization;

namespace Publisher.Cli;

/// <summary>The stages of <c>publisher build</c>, in order. Only the CLI knows all stages; each stage knows only the model.</summary>
internal static class BuildPipeline
{
    /// <summary>Runs every enabled stage; returns the exit code.</summary>
    public static async Task<int> RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config;
        // A build killed mid-write leaves only temporaries (outputs are renamed into place); tidy them.
        StaleTempFiles.Clean(context.OutputDirectory);
        context.Catalog = ImportCommand.Run(Stages.HandbookStage.InputsWithoutChapters(config), displayBase: config.BaseDirectory);
        ConsoleReporter.Step("import", $"{context.Catalog.Entries.Count} entries from {context.Catalog.Inputs.Count} files");

        // Each stage reads its config section, runs, adds diagnostics and writes its outputs.
        await Stages.EnrichStage.RunAsync(context, ct);
        await Stages.ExportStage.RunAsync(context, ct);
        await Stages.HandbookStage.RunAsync(context, ct);
        await Stages.NewsletterStage.RunAsync(context, ct);

        context.Catalog = context.Catalog with { Diagnostics = [.. context.Catalog.Diagnostics, .. context.Diagnostics] };
        var catalogPath = context.OutputPath("catalog.json");
        CatalogJson.Save(context.Catalog, catalogPath);
        ConsoleReporter.Step("catalog", catalogPath);
        ConsoleReporter.Diagnostics(context.Catalog.Diagnostics);
        var errors = context.Catalog.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = context.Catalog.Diagnostics.Count(d => d.Severity == Severity.Warning);
        ConsoleReporter.Summary("build", $"{context.Catalog.Entries.Count} entries → {context.OutputDirectory} ({errors} errors, {warnings} warnings)");
        return context.Catalog.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
