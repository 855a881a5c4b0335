using System.CommandLine;
using Publisher.Cli.Stages;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher export catalog.json --format bibtex|ris|… --out FILE [--ascii] [--biblatex-types] [--with-abstract] [--no-abstract] [--et-al-note]</c>.</summary>
internal static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var names = string.Join("|", CitationWriterRegistry.All.Select(w => w.Name));
        var catalogArg = new Argument<string>("catalog") { Description = "Catalog file to export." };
        var format = new Option<string>("--format") { Description = $"Output format: {names}.", Required = true };
        var output = new Option<string?>("--out") { Description = "File to write (default: output/library + the format's extension)." };
        var citationOptions = new CitationOptionSet();
        var softwareAsMisc = new Option<bool>("--software-as-misc") { Description = "BibTeX: write repositories as @misc (the default; overrides --biblatex-types)." };
        var command = new Command("export", "Write a catalog as BibTeX, RIS or another citation format.") { catalogArg, format, output, softwareAsMisc };
        citationOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var writer = CitationWriterRegistry.Find(parse.GetValue(format)!);
            if (writer is null)
            {
                ConsoleReporter.Error($"unknown format '{parse.GetValue(format)}'; expected one of: {names}");
                return ExitCodes.Usage;
            }
            var read = citationOptions.Read(parse);
            var options = read with { BibLaTeXTypes = read.BibLaTeXTypes && !parse.GetValue(softwareAsMisc) };
            var path = parse.GetValue(output) ?? Path.Combine("output", "library" + writer.FileExtension);
            var catalogPath = parse.GetValue(catalogArg)!;
            int count;
            try
            {
                // A large catalog streams into the writer; a writer that needs every entry at once gets the whole catalog.
                if (ExportStage.TryWriteStreamed(writer, catalogPath, path, options) is { } streamed) count = streamed;
                else
                {
                    var catalog = CatalogJson.Load(catalogPath);
                    ExportStage.WriteFile(writer, catalog, path, options);
                    count = catalog.Entries.Count;
                }
            }
            catch (Exception e) when (e is CatalogFormatException or IOException)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.Usage;
            }
            ConsoleReporter.Summary("export", $"{count} entries → {path} ({writer.Name})");
            return ExitCodes.Success;
        });
        return command;
    }
}
