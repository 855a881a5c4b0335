using System.Text;
using Publisher.Cli.Configuration;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Writers;

namespace Publisher.Cli.Stages;

/// <summary>The export stage of <c>publisher build</c>: writes <c>output/library.bib</c>, <c>.ris</c>, … for every registered citation writer.</summary>
internal static class ExportStage
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the stage with the <c>export</c> config section.</summary>
    public static Task RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config.Export;
        if (!config.Enabled) return Task.CompletedTask;
        var writers = Select(config, context.Diagnostics);
        var options = ToOptions(config);
        foreach (var writer in writers)
        {
            ct.ThrowIfCancellationRequested();
            var path = context.OutputPath(config.BaseName + writer.FileExtension);
            WriteFile(writer, context.Catalog, path, options);
            ConsoleReporter.Step("export", $"{writer.Name} → {path}");
        }
        return Task.CompletedTask;
    }

    /// <summary>The writers the config asks for, in registry order; unknown names become a diagnostic.</summary>
    public static IReadOnlyList<ICitationWriter> Select(ExportConfig config, ICollection<Diagnostic> diagnostics)
    {
        if (config.Formats is not { Count: > 0 } names) return CitationWriterRegistry.All;
        foreach (var n in names.Where(n => CitationWriterRegistry.Find(n) is null))
            diagnostics.Add(new Diagnostic("export", 0, Severity.Error,
                $"unknown export format '{n}' in publisher.json; expected one of: {string.Join(", ", CitationWriterRegistry.All.Select(w => w.Name))}", "PUB401"));
        return CitationWriterRegistry.All.Where(w => names.Contains(w.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The writer options a config section stands for.</summary>
    public static CitationWriterOptions ToOptions(ExportConfig config) =>
        new() { Ascii = config.Ascii, BibLaTeXTypes = config.BibLaTeXTypes, WithAbstract = config.WithAbstract, NoAbstract = config.NoAbstract, EtAlAsNote = config.EtAlAsNote };

    /// <summary>Writes one file atomically as UTF-8 without BOM.</summary>
    public static void WriteFile(ICitationWriter writer, Catalog catalog, string path, CitationWriterOptions options) =>
        AtomicFile.Write(path, stream =>
        {
            using var text = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
            writer.Write(catalog, text, options);
        });
}
