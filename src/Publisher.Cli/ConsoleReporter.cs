using Publisher.Model;
using Spectre.Console;

namespace Publisher.Cli;

/// <summary>Writes diagnostics and summaries for people; machine-readable data goes to files, not here.</summary>
internal static class ConsoleReporter
{
    // Redirected output (a pipe, a file, the bench) gets plain lines, as Spectre writes them there (no colour,
    // no wrapping), without loading Spectre's colour, emoji and width tables: ~0.2 s of CPU per command.
    private static readonly bool Plain = Console.IsOutputRedirected;

    /// <summary>Spectre's console, set up once: output that is redirected or not interactive is never wrapped.</summary>
    public static IAnsiConsole Styled
    {
        get
        {
            if (!_profileSet)
            {
                // Non-interactive output is read by programs and grep: one diagnostic per line, never wrapped at 80 columns.
                if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected) AnsiConsole.Profile.Width = 100_000;
                _profileSet = true;
            }
            return AnsiConsole.Console;
        }
    }

    private static bool _profileSet;

    // One line: the markup on a terminal, the same text without its styles otherwise.
    private static void Line(string markup, string plain)
    {
        if (Plain) Console.Out.WriteLine(plain);
        else Styled.MarkupLine(markup);
    }

    /// <summary>Prints diagnostics grouped by file (errors and warnings; infos only when verbose).</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, bool verbose = false, int limitPerFile = 20)
    {
        foreach (var group in diagnostics.Where(d => verbose || d.Severity != Severity.Info).GroupBy(d => d.File))
        {
            Line($"[bold]{Markup.Escape(group.Key)}[/]", group.Key);
            foreach (var d in group.Take(limitPerFile))
            {
                var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
                var where = d.Line > 0 ? $" line {d.Line}" : d.EntryId is { } id ? $" {id}" : "";
                var severity = d.Severity.ToString().ToLowerInvariant();
                Line($"  [{colour}]{severity}[/]{Markup.Escape(where)}: {Markup.Escape(d.Message)}", $"  {severity}{where}: {d.Message}");
            }
            var more = group.Count() - limitPerFile;
            if (more > 0) Line($"  [grey]… {more} more (publisher inspect lists all)[/]", $"  … {more} more (publisher inspect lists all)");
        }
    }

    /// <summary>Set by <c>--quiet</c>: only warnings, errors and each command's final summary are printed.</summary>
    public static bool Quiet { get; set; }

    /// <summary>One line: what a stage did (not printed with <c>--quiet</c>).</summary>
    public static void Step(string stage, string message)
    {
        if (!Quiet) Summary(stage, message);
    }

    /// <summary>The command's final line, printed even with <c>--quiet</c>.</summary>
    public static void Summary(string stage, string message) => Line($"[green]{Markup.Escape(stage)}[/] {Markup.Escape(message)}", $"{stage} {message}");

    /// <summary>A warning a person should read once.</summary>
    public static void Warn(string message) => Line($"[yellow]warning:[/] {Markup.Escape(message)}", $"warning: {message}");

    /// <summary>An error that stops the command.</summary>
    public static void Error(string message) => Console.Error.WriteLine($"error: {message}");
}
