using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Publisher.Writers.Tests.BibTeX;

/// <summary>
/// Runs the real consumers (bibtex, biber, node) the exports must satisfy. In CI (<c>CI=true</c>) a
/// missing tool fails the test with the install hint; elsewhere the test logs why and returns early.
/// </summary>
internal static class ExternalTool
{
    /// <summary>True when running in CI, where <c>.ci/install-test-tools</c> installed every tool.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                               || Environment.GetEnvironmentVariable("CI") == "1";

    /// <summary>The full path of <paramref name="name"/> on PATH, or null (after failing in CI).</summary>
    public static string? Require(string name, ITestOutputHelper output, string installHint)
    {
        var path = Find(name);
        if (path is not null) return path;
        var message = $"'{name}' is not installed; {installHint} (.ci/install-test-tools does this in CI)";
        if (InCi) Assert.Fail(message);
        output.WriteLine("SKIPPED: " + message);
        return null;
    }

    /// <summary>Looks a program up on PATH.</summary>
    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs a program in a folder and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within 180 s");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>A fresh scratch folder under the test output.</summary>
    public static string ScratchDirectory(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "scratch", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
