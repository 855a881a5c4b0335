using System.Diagnostics;

namespace Publisher.Cli.Bench;

/// <summary>Wall time, CPU time and peak memory (working set high-water mark) of a piece of work.</summary>
internal static class Measure
{
    /// <summary>Runs <paramref name="work"/> and prints "label: N s (CPU C s), peak M MB".</summary>
    public static async Task<(double Seconds, double PeakMb)> RunAsync(string label, Func<Task> work)
    {
        GC.Collect();
        using var p = Process.GetCurrentProcess();
        // CPU time beside wall time: on a shared machine the wall clock measures the neighbours as much as the work.
        var cpu = p.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await work();
        sw.Stop();
        p.Refresh();
        var cpuSeconds = (p.TotalProcessorTime - cpu).TotalSeconds;
        var peak = p.PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"{label}: {sw.Elapsed.TotalSeconds:F2} s (CPU {cpuSeconds:F2} s), peak working set {peak:F0} MB");
        return (sw.Elapsed.TotalSeconds, peak);
    }
}
