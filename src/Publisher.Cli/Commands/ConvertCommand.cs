using System.CommandLine;
using Publisher.Cli.Conversion;
using Publisher.Writers;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher convert &lt;in&gt; --to bibtex|ris|csljson|csv --out FILE [--from NAME] [--ascii] [--biblatex-types] [--with-abstract]</c>.</summary>
internal static class ConvertCommand
{
    /// <summary>Builds the command; the <c>--to</c> choices are the registered citation writers.</summary>
    public static Command Create()
    {
        var names = string.Join("|", CitationWriterRegistry.All.Select(w => w.Name));
        var inputArg = new Argument<string>("input") { Description = "Citation file to read: BibTeX, RIS, CSV or CSL-JSON (found by content)." };
        var to = new Option<string>("--to") { Description = $"Output format: {names}.", Required = true };
        to.AcceptOnlyFromAmong([.. CitationWriterRegistry.All.Select(w => w.Name)]);
        var output = new Option<string>("--out") { Description = "File to write (atomically: a failed run leaves the old file).", Required = true };
        var from = new Option<string?>("--from") { Description = "Read with this importer instead of detecting (bibtex, ris, csv, csljson)." };
        var citationOptions = new CitationOptionSet();
        var command = new Command("convert", "Convert a citation file to another format, streamed entry by entry (no catalog, no merging, flat memory).")
        { inputArg, to, output, from };
        citationOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var input = parse.GetValue(inputArg)!;
            if (!File.Exists(input))
            {
                ConsoleReporter.Error($"{input}: input not found; expected an existing BibTeX, RIS, CSV or CSL-JSON file");
                return ExitCodes.Usage;
            }
            var writer = CitationWriterRegistry.Find(parse.GetValue(to)!)!;
            var options = citationOptions.Read(parse);
            var path = parse.GetValue(output)!;
            ConversionResult result;
            try { result = CitationConverter.Convert(input, writer, path, options, parse.GetValue(from)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ConsoleReporter.Error($"convert {input} → {path}: {e.Message}");
                return ExitCodes.Usage;
            }
            ConsoleReporter.Diagnostics(result.Diagnostics);
            if (result.Written)
                ConsoleReporter.Summary("convert", $"{result.Entries:N0} entries ({result.Importer}) → {path} ({writer.Name})" + (result.ErrorCount > 0 ? $", {result.ErrorCount:N0} errors in the input" : ""));
            return result.ErrorCount > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
