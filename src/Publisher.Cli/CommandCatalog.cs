using System.CommandLine;

namespace Publisher.Cli;

/// <summary>Verbs beyond import/inspect/build; each stage adds its command here.</summary>
internal static class CommandCatalog
{
    /// <summary>The extra verbs, in help order.</summary>
    public static IEnumerable<Command> Extra()
    {
        // Each stage adds one line here, in pipeline order.
        yield return Commands.EnrichCommand.Create();
        yield return Commands.ExportCommand.Create();
        yield return Commands.ConvertCommand.Create();
        yield return Commands.HandbookCommand.Create();
        yield return Commands.NewsletterCommand.Create();
        yield return Commands.InitCommand.Create();
    }
}
