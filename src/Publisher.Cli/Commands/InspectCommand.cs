using System.CommandLine;
using Publisher.Model;
using Publisher.Model.Serialization;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher inspect catalog.json</c>: counts by kind, source and topic, then every diagnostic grouped by file.</summary>
internal static class InspectCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var catalogArg = new Argument<string>("catalog") { Description = "Catalog file to inspect." };
        var command = new Command("inspect", "Show counts by kind, source and topic, and all diagnostics, of a catalog.") { catalogArg };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(catalogArg)!;
            Catalog catalog;
            try { catalog = CatalogJson.Load(path); }
            catch (Exception e) when (e is CatalogFormatException or IOException)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.Usage;
            }
            Print(catalog);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(Catalog catalog)
    {
        ConsoleReporter.Styled.MarkupLine($"[bold]{catalog.Entries.Count}[/] entries, {catalog.Tables.Count} tables, {catalog.Diagnostics.Count} diagnostics ({catalog.Schema})");
        Table("kind", catalog.Entries.GroupBy(e => e.Kind.ToString()).Select(g => (g.Key, g.Count())));
        // Paper links: seen in the raw text / taken onto an entry / reported by a diagnostic ("-" where the check does not run).
        var inputs = new Table().AddColumns("file", "importer", "encoding", "entries", "repaired", "unrepaired", "paper links seen", "taken", "reported");
        foreach (var i in catalog.Inputs)
            inputs.AddRow(Markup.Escape(i.File), i.Importer, i.Encoding, i.Entries.ToString(), i.RepairedChars.ToString(), i.UnrepairedChars.ToString(),
                i.PaperLinks?.ToString() ?? "-", i.PaperLinksTaken?.ToString() ?? "-", i.PaperLinksReported?.ToString() ?? "-");
        ConsoleReporter.Styled.Write(inputs);
        Table("topic", catalog.Entries.SelectMany(e => e.Topics.Select(t => t.Split(" / ")[0]).Distinct()).GroupBy(t => t).Select(g => (g.Key, g.Count())));
        Table("enrichment", [("with arXiv id", catalog.Entries.Count(e => e.ArxivId is not null)), ("enriched from arXiv", catalog.Entries.Count(e => e.Arxiv is not null))]);
        Table("severity", catalog.Diagnostics.GroupBy(d => d.Severity.ToString()).Select(g => (g.Key, g.Count())));
        ConsoleReporter.Diagnostics(catalog.Diagnostics, verbose: true, limitPerFile: int.MaxValue);
    }

    private static void Table(string title, IEnumerable<(string Key, int Count)> rows)
    {
        var t = new Table().AddColumns(title, "count");
        foreach (var (key, count) in rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
            t.AddRow(Markup.Escape(key), count.ToString());
        ConsoleReporter.Styled.Write(t);
    }
}
