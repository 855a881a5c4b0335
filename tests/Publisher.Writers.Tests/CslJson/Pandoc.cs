using System.Diagnostics;
using System.Text;

namespace Publisher.Writers.Tests.CslJson;

/// <summary>Finds and runs the pandoc executable.</summary>
internal static class Pandoc
{
    /// <summary>Full path of pandoc on PATH, or null.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Runs pandoc in <paramref name="workDir"/>; returns exit code, stdout and stderr.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string workDir, params string[] args)
    {
        Assert.True(Path is not null, "pandoc is not installed but CI is set: .ci/install-test-tools must install the Debian package 'pandoc'");
        var psi = new ProcessStartInfo(Path!)
        {
            WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(entireProcessTree: true); Assert.Fail("pandoc did not finish within 120 s"); }
        return (p.ExitCode, stdout, stderr.Result);
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "pandoc");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
