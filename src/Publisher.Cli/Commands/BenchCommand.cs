using System.CommandLine;
using Publisher.Cli.Bench;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher bench NAME [--size N]</c>: speed and memory figures quoted in the README (never asserted by tests).</summary>
internal static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Benchmark: " + string.Join(", ", BenchmarkRegistry.All.Select(b => $"{b.Name} ({b.Description})")) };
        var size = new Option<int>("--size") { Description = "Number of generated entries.", DefaultValueFactory = _ => 100_000 };
        var work = new Option<string>("--work") { Description = "Scratch folder for generated files.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "publisher-bench") };
        var command = new Command("bench", "Run a benchmark on generated data and print seconds and peak memory.") { name, size, work };
        command.SetAction(async (parse, ct) =>
        {
            var bench = BenchmarkRegistry.All.FirstOrDefault(b => b.Name == parse.GetValue(name));
            if (bench is null)
            {
                ConsoleReporter.Error($"unknown benchmark '{parse.GetValue(name)}'; expected one of: {string.Join(", ", BenchmarkRegistry.All.Select(b => b.Name))}");
                return ExitCodes.Usage;
            }
            Directory.CreateDirectory(parse.GetValue(work)!);
            await bench.RunAsync(parse.GetValue(size), parse.GetValue(work)!, ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
