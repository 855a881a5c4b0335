using System.CommandLine;
using Publisher.Importers;
using Publisher.Model;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher import &lt;files or folders&gt;... --out catalog.json [--importer NAME]</c>.</summary>
internal static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders to import (folders are read recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Catalog file to write.", DefaultValueFactory = _ => "output/catalog.json" };
        var importer = new Option<string?>("--importer") { Description = "Force one importer instead of detecting by content (see 'publisher inspect')." };
        // A many-valued argument would otherwise swallow a mistyped option as a file name.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
                result.AddError($"unknown option '{token.Value}' (files come first, then --out/--importer)");
        });
        var command = new Command("import", "Import reading lists, BibTeX, RIS, CSV or arXiv id lists into a catalog.") { inputs, output, importer };
        command.SetAction(parse =>
        {
            var (catalog, entries) = RunToFile(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(importer));
            ConsoleReporter.Diagnostics(catalog.Diagnostics);
            ConsoleReporter.Summary("import", $"{entries} entries from {catalog.Inputs.Count} files → {parse.GetValue(output)}");
            return catalog.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Imports and writes the catalog file with a progress display, never holding the entries as objects; returns the catalog without its entries, and how many.</summary>
    public static (Catalog WithoutEntries, int Entries) RunToFile(IEnumerable<string> inputs, string catalogPath, string? importer = null) =>
        WithProgress((catalogImporter, progress) => catalogImporter.ImportToFile(inputs, catalogPath, importer, progress));

    /// <summary>Runs the import stage with a progress display (the file being read).</summary>
    public static Catalog Run(IEnumerable<string> inputs, string? importer = null, string? displayBase = null) =>
        WithProgress((catalogImporter, progress) => catalogImporter.Import(inputs, importer, progress, displayBase));

    // Both ways of importing show the file being read and how many came before it.
    private static T WithProgress<T>(Func<CatalogImporter, IProgress<string>, T> import) =>
        Progress.ProgressDisplay.Run("import", report =>
        {
            var files = 0;
            return import(new CatalogImporter(ImporterRegistry.CreateDefault()), new Progress.CallbackProgress<string>(file => report($"reading {file} (file {++files})")));
        });
}
