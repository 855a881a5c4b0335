using Publisher.Model.Threading;
using System.Text;
using Publisher.Cli.Configuration;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Model.Serialization;
using Publisher.Writers;
using Publisher.Writers.CslJson;
using Publisher.Writers.Csv;
using Publisher.Writers.Ris;

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

    /// <summary>Entries per part when a catalog file streams into a writer (small parts: few entries alive at each collection; 100k RIS peak 68 MB, 110 MB with parts of 1,000).</summary>
    public const int PartSize = 100;

    /// <summary>
    /// Writes the entries of a catalog file to <paramref name="path"/> as they are read, part by part, so a large
    /// catalog is never held whole; returns how many, or null (nothing written) when the writer needs the whole
    /// catalog or the file is spelled in a way only <see cref="CatalogJson.Load"/> reads.
    /// </summary>
    public static int? TryWriteStreamed(ICitationWriter writer, string catalogPath, string path, CitationWriterOptions options)
    {
        if (writer is not IStreamingCitationWriter { PartsMatchWhole: true } streaming) return null;
        using var input = new FileStream(catalogPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var written = 0;
        try
        {
            AtomicFile.Write(path, stream =>
            {
                using var session = streaming.Begin(stream, options);
                // The writer formats on another core while the next part is read; one consumer keeps the order.
                var catalog = PartHandOff.Run<IReadOnlyList<Entry>, Catalog?>(
                    capacity: 4,
                    take => CatalogJson.TryStream(input, catalogPath, PartSize, take, out written),
                    session.Write);
                if (catalog is null) throw new WholeCatalogNeededException();
                session.Complete();
            });
        }
        catch (WholeCatalogNeededException)
        {
            return null;
        }
        return written;
    }

    // Aborts the atomic write: the caller reads the catalog whole instead.
    private sealed class WholeCatalogNeededException : Exception;
}
