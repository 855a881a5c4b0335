using Spectre.Console;

namespace Publisher.Cli.Progress;

/// <summary>
/// Live progress for long stages: a status line redrawn in place on an interactive terminal; plain
/// lines (written by each stage's reporter) when output is redirected; nothing with <c>--quiet</c>.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>True when progress may be drawn in place (a terminal, and not quiet).</summary>
    public static bool Live => !ConsoleReporter.Quiet && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/>, redrawing <paramref name="describe"/> four times a second while it runs.</summary>
    public static async Task<T> RunAsync<T>(string stage, Func<Task<T>> work, Func<string?> describe)
    {
        if (!Live) return await work();
        return await AnsiConsole.Status().StartAsync(stage, async ctx =>
        {
            var task = work();
            while (!task.IsCompleted)
            {
                if (describe() is { } text) ctx.Status(Markup.Escape(text));
                await Task.WhenAny(task, Task.Delay(250));
            }
            return await task;
        });
    }

    /// <summary>Runs synchronous <paramref name="work"/>, which reports through the callback it is given.</summary>
    public static T Run<T>(string stage, Func<Action<string>, T> work)
    {
        if (!Live) return work(ConsoleReporter.Quiet ? _ => { } : line => ConsoleReporter.Step(stage, line));
        return AnsiConsole.Status().Start(stage, ctx => work(line => ctx.Status(Markup.Escape($"{stage}: {line}"))));
    }
}
