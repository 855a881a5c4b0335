using System.Diagnostics;
using Publisher.Testing;

namespace Publisher.Cli.Tests;

/// <summary>
/// The tool as a user installs it: packed, installed into a tool path from a local folder, then run in
/// an empty folder far from the source tree (so only the embedded templates can serve the newsletter).
/// One test on purpose: packing a Release build takes minutes.
/// </summary>
public class InstalledToolTests
{
    [Fact]
    public void InstalledTool_InitThenBuildOfflineInEmptyFolder_WritesEveryOutput()
    {
        var work = CliRunner.TempDir("tool");
        var nupkg = Path.Combine(work, "nupkg");
        var tools = Path.Combine(work, "tools");
        var project = Path.Combine(work, "project");
        Directory.CreateDirectory(project);
        Run(RepoPaths.Root, "dotnet", "pack", Path.Combine(RepoPaths.Root, "src", "Publisher.Cli"), "-c", "Release", "-o", nupkg, "-nologo", "-v", "q");
        // Only the local folder as a source: the install works offline and can never pick another registry's "Publisher".
        var config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{nupkg}" /></packageSources></configuration>""");
        Run(work, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", nupkg, "Publisher");
        var publisher = Path.Combine(tools, "publisher");

        var version = Run(project, publisher, "--version");
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Trim());
        Run(project, publisher, "init");
        Assert.True(File.Exists(Path.Combine(project, "publisher.json")));
        // The build must not lean on the copied templates either: without them the shipped ones serve.
        Directory.Delete(Path.Combine(project, "templates"), recursive: true);
        var log = Run(project, publisher, "build", "--offline");

        var output = Path.Combine(project, "output");
        foreach (var file in new[] { "catalog.json", "library.bib", "library.ris", "library.json", "library.csv", "library.rdf", "handbook.pdf", "review.csv",
                     "newsletter/issue-001.md", "newsletter/issue-001.html", "newsletter/ledger.json" })
            Assert.True(File.Exists(Path.Combine(output, file)) && new FileInfo(Path.Combine(output, file)).Length > 0, $"missing output {file}\n{log}");
    }

    private static string Run(string workingDirectory, string fileName, params string[] args)
    {
        var psi = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(15))) { p.Kill(true); throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 15 minutes"); }
        Assert.True(p.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {p.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
