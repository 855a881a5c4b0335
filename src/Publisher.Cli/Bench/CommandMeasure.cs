using System.Diagnostics;
using System.Globalization;

namespace Publisher.Cli.Bench;

/// <summary>
/// Runs a command as its own process, exactly as a user would, and reports its wall time and peak
/// resident memory (VmHWM, read from /proc while it runs), so figures belong to that command alone.
/// </summary>
internal static class CommandMeasure
{
    /// <summary>Wall time, CPU time (user + system, all threads), peak memory and exit code of one run.</summary>
    public sealed record Result(double Seconds, double CpuSeconds, double PeakMb, int ExitCode, string Output);

    /// <summary>The arguments that start this same publisher (apphost, or dotnet + publisher.dll).</summary>
    public static (string File, string[] Prefix) Self()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, [typeof(CommandMeasure).Assembly.Location])
            : (process, []);
    }

    /// <summary>Runs <c>publisher ARGS</c>.</summary>
    public static Result Publisher(params string[] args)
    {
        var (file, prefix) = Self();
        return Run(file, [.. prefix, .. args]);
    }

    /// <summary>Runs a program to completion.</summary>
    public static Result Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peakKb = 0, ticks = 0;
        while (!p.WaitForExit(20))
        {
            peakKb = Math.Max(peakKb, HighWaterKb(p.Id));
            ticks = Math.Max(ticks, CpuTicks(p.Id));
        }
        sw.Stop();
        // /proc counts CPU time in clock ticks of 1/100 s on Linux.
        return new Result(sw.Elapsed.TotalSeconds, ticks / 100.0, peakKb / 1024.0, p.ExitCode, stdout.Result + stderr.Result);
    }

    // Fields 14 and 15 of /proc/PID/stat (after the parenthesised name) are user and system time.
    private static long CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return 0; }
    }

    // VmHWM is the process's peak resident set so far; the last read before exit misses at most 20 ms of growth.
    private static long HighWaterKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { /* the process has just exited */ }
        return 0;
    }
}
