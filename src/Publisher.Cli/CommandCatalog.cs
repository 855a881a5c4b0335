using System.CommandLine;

namespace Publisher.Cli;

/// <summary>Verbs beyond import/inspect/build; each stage adds its command here.</summary>
internal static class CommandCatalog
{
    /// <summary>The extra verbs, in help order.</summary>
    public static IEnumerable<Command> Extra()
    {
        // Each stage adds one line here, e.g. yield return EnrichCommand.Create();
        yield return Commands.NewsletterCommand.Create();
        yield break;
    }
}
