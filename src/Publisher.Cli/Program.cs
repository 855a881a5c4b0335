using System.CommandLine;
using Publisher.Cli;
using Publisher.Cli.Commands;

var root = new RootCommand("Publisher: turns research reading lists into one catalog, enriched from arXiv, and exports BibTeX, RIS, CSL-JSON, CSV, a PDF handbook and newsletter issues.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
foreach (var extra in CommandCatalog.Extra()) root.Subcommands.Add(extra);
root.Subcommands.Add(BenchCommand.Create());
var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings, errors and the final summary (no progress).", Recursive = true };
root.Options.Add(quiet);

var parse = root.Parse(args);
ConsoleReporter.Quiet = parse.GetValue(quiet);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'publisher --help' for usage.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
