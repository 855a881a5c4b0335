using System.CommandLine;
using Publisher.Cli.Configuration;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Pdf.Handbook;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher handbook &lt;catalog.json&gt; --out output/handbook.pdf [--config publisher.json]</c>.</summary>
internal static class HandbookCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var catalogArg = new Argument<string>("catalog") { Description = "Catalog file (from 'publisher import')." };
        var output = new Option<string>("--out") { Description = "PDF to write.", DefaultValueFactory = _ => "output/handbook.pdf" };
        var configOpt = new Option<string?>("--config") { Description = "Config file whose 'handbook' section sets title, page size, margins and chapters." };
        var command = new Command("handbook", "Render the catalog as a bookmarked, paginated PDF handbook.") { catalogArg, output, configOpt };
        command.SetAction(parse =>
        {
            Catalog catalog;
            HandbookOptions options;
            try
            {
                var config = PublisherConfig.Load(parse.GetValue(configOpt));
                options = config.Handbook.ToOptions(config.Resolve, BuildTimestamp.Now)
                    with { Math = new Pdf.Formulas.MathTypesetter(Stages.HandbookStage.FormulaCache(config.Resolve(config.Output))) };
                catalog = CatalogJson.Load(parse.GetValue(catalogArg)!);
            }
            catch (ConfigException e) { ConsoleReporter.Error(e.Message); return ExitCodes.Usage; }
            catch (Exception e) when (e is CatalogFormatException or IOException) { ConsoleReporter.Error(e.Message); return ExitCodes.Usage; }
            var path = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var result = Stages.HandbookStage.Render(catalog, options, path);
            ConsoleReporter.Diagnostics(result.Diagnostics);
            if (!result.Succeeded) return ExitCodes.InputErrors;
            ConsoleReporter.Step("handbook", $"{result.Pages} pages, {result.Entries} entries in {result.Chapters} chapters, {result.Bytes / 1024} KB → {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
