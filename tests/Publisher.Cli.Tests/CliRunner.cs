using System.Diagnostics;

namespace Publisher.Cli.Tests;

/// <summary>Runs the real <c>publisher</c> executable as a child process, as a user would.</summary>
internal static class CliRunner
{
    /// <summary>The CLI's <c>publisher.dll</c>, copied beside the tests by the project reference.</summary>
    public static string PublisherDll => Path.Combine(AppContext.BaseDirectory, "publisher.dll");

    /// <summary>Starts the CLI without waiting.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(PublisherDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        return Process.Start(psi)!;
    }

    /// <summary>Runs the CLI to completion and returns exit code and output.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var p = Start(workingDirectory, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("publisher did not finish in 5 minutes: " + string.Join(' ', args)); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string TempDir(string prefix) => Directory.CreateTempSubdirectory("publisher-" + prefix + "-").FullName;
}
