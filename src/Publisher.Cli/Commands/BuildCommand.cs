using System.CommandLine;
using Publisher.Cli.Configuration;
using Publisher.Model.Serialization;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher build [--config publisher.json]</c>: the weekly job, every stage into the output folder.</summary>
internal static class BuildCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var configOpt = new Option<string?>("--config") { Description = "Config file (default: ./publisher.json if present, else built-in defaults)." };
        var offline = new Option<bool>("--offline") { Description = "Do not contact arXiv; use the cache only." };
        var command = new Command("build", "Import the configured inputs and write every output (catalog, citations, handbook, newsletter).") { configOpt, offline };
        command.SetAction(async (parse, ct) =>
        {
            PublisherConfig config;
            try { config = PublisherConfig.Load(parse.GetValue(configOpt)); }
            catch (ConfigException e) { ConsoleReporter.Error(e.Message); return ExitCodes.Usage; }
            if (parse.GetValue(offline)) config = config with { Enrich = config.Enrich with { Offline = true } };
            var context = new BuildContext(config);
            try { context.ValidateOutputPaths(); }
            catch (ConfigException e) { ConsoleReporter.Error(e.Message); return ExitCodes.Usage; }
            using var outputLock = OutputLock.TryAcquire(context.OutputDirectory);
            if (outputLock is null)
            {
                ConsoleReporter.Error($"another publisher build is writing to {context.OutputDirectory}; wait for it to finish and run again");
                return ExitCodes.Busy;
            }
            return await BuildPipeline.RunAsync(context, ct);
        });
        return command;
    }
}
