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
        var ascii = new Option<bool>("--ascii") { Description = "BibTeX: write accents as LaTeX ({\\\"u}) instead of UTF-8." };
        var biblatex = new Option<bool>("--biblatex-types") { Description = "BibTeX: use @software/@online/@dataset (biblatex) instead of @misc (plain.bst)." };
        var softwareAsMisc = new Option<bool>("--software-as-misc") { Description = "BibTeX: write repositories as @misc (the default; overrides --biblatex-types)." };
        var abstracts = new Option<bool>("--with-abstract") { Description = "BibTeX: include abstracts (RIS, CSL-JSON and Zotero RDF include them unless --no-abstract)." };
        // Issue 13: abstracts are on by default in RIS, CSL-JSON and Zotero RDF; this leaves them out everywhere.
        var noAbstract = new Option<bool>("--no-abstract") { Description = "Leave abstracts out of every format (wins over --with-abstract)." };
        var etAlNote = new Option<bool>("--et-al-note") { Description = "BibTeX: write \"et al.\" as a note instead of 'and others' (Zotero's BibTeX import makes 'others' an author)." };
        var command = new Command("export", "Write a catalog as BibTeX, RIS or another citation format.") { catalogArg, format, output, ascii, biblatex, softwareAsMisc, abstracts, noAbstract, etAlNote };
        command.SetAction(parse =>
        {
            var writer = CitationWriterRegistry.Find(parse.GetValue(format)!);
            if (writer is null)
            {
                ConsoleReporter.Error($"unknown format '{parse.GetValue(format)}'; expected one of: {names}");
                return ExitCodes.Usage;
            }
            Catalog catalog;
            try { catalog = CatalogJson.Load(parse.GetValue(catalogArg)!); }
            catch (Exception e) when (e is CatalogFormatException or IOException)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.Usage;
            }
            var options = new CitationWriterOptions
            {
                Ascii = parse.GetValue(ascii),
                BibLaTeXTypes = parse.GetValue(biblatex) && !parse.GetValue(softwareAsMisc),
                WithAbstract = parse.GetValue(abstracts),
                NoAbstract = parse.GetValue(noAbstract),
                EtAlAsNote = parse.GetValue(etAlNote),
            };
            var path = parse.GetValue(output) ?? Path.Combine("output", "library" + writer.FileExtension);
            ExportStage.WriteFile(writer, catalog, path, options);
            ConsoleReporter.Summary("export", $"{catalog.Entries.Count} entries → {path} ({writer.Name})");
            return ExitCodes.Success;
        });
        return command;
    }
}
