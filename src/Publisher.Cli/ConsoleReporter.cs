using Publisher.Model;
using Spectre.Console;

namespace Publisher.Cli;

/// <summary>Writes diagnostics and summaries for people; machine-readable data goes to files, not here.</summary>
internal static class ConsoleReporter
{
    static ConsoleReporter()
    {
        // Redirected output is read by programs and grep: one diagnostic per line, never wrapped at 80 columns.
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected) AnsiConsole.Profile.Width = 100_000;
    }

    /// <summary>Prints diagnostics grouped by file (errors and warnings; infos only when verbose).</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, bool verbose = false, int limitPerFile = 20)
    {
        foreach (var group in diagnostics.Where(d => verbose || d.Severity != Severity.Info).GroupBy(d => d.File))
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]");
            foreach (var d in group.Take(limitPerFile))
            {
                var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
                var where = d.Line > 0 ? $" line {d.Line}" : d.EntryId is { } id ? $" {id}" : "";
                AnsiConsole.MarkupLine($"  [{colour}]{d.Severity.ToString().ToLowerInvariant()}[/]{Markup.Escape(where)}: {Markup.Escape(d.Message)}");
            }
            var more = group.Count() - limitPerFile;
            if (more > 0) AnsiConsole.MarkupLine($"  [grey]… {more} more (publisher inspect lists all)[/]");
        }
    }

    /// <summary>Set by <c>--quiet</c>: only warnings, errors and each command's final summary are printed.</summary>
    public static bool Quiet { get; set; }

    /// <summary>One line: what a stage did (not printed with <c>--quiet</c>).</summary>
    public static void Step(string stage, string message)
    {
        if (!Quiet) AnsiConsole.MarkupLine($"[green]{Markup.Escape(stage)}[/] {Markup.Escape(message)}");
    }

    /// <summary>The command's final line, printed even with <c>--quiet</c>.</summary>
    public static void Summary(string stage, string message) => AnsiConsole.MarkupLine($"[green]{Markup.Escape(stage)}[/] {Markup.Escape(message)}");

    /// <summary>A warning a person should read once.</summary>
    public static void Warn(string message) => AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

    /// <summary>An error that stops the command.</summary>
    public static void Error(string message) => Console.Error.WriteLine($"error: {message}");
}
