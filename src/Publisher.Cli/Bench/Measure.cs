using System.Diagnostics;

namespace Publisher.Cli.Bench;

/// <summary>Wall time and peak memory (working set high-water mark) of a piece of work.</summary>
internal static class Measure
{
    /// <summary>Runs <paramref name="work"/> and prints "label: N s, peak M MB".</summary>
    public static async Task<(double Seconds, double PeakMb)> RunAsync(string label, Func<Task> work)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        await work();
        sw.Stop();
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        var peak = p.PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"{label}: {sw.Elapsed.TotalSeconds:F2} s, peak working set {peak:F0} MB");
        return (sw.Elapsed.TotalSeconds, peak);
    }
}
