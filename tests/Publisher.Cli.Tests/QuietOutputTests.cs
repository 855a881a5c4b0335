namespace Publisher.Cli.Tests;

/// <summary>Redirected output is plain lines; <c>--quiet</c> leaves only problems and the final summary.</summary>
public class QuietOutputTests
{
    [Fact]
    public void Build_Redirected_PlainLinesForEachFileAndStage()
    {
        var work = CliRunner.TempDir("plain");
        Assert.Equal(0, CliRunner.Run(work, "init").ExitCode);
        var (code, stdout, _) = CliRunner.Run(work, "build", "--offline");
        Assert.Equal(0, code);
        Assert.Contains("lists/example.md (file 1)", stdout);
        Assert.Contains("export bibtex", stdout);
        // Handbook progress as plain lines: layout's end, then the last page written out of the total.
        var laidOut = System.Text.RegularExpressions.Regex.Match(stdout, @"handbook laid out (\d+) pages");
        Assert.True(laidOut.Success, stdout);
        var pages = laidOut.Groups[1].Value;
        Assert.Contains($"handbook wrote {pages}/{pages} pages", stdout);
        Assert.Contains($"handbook {pages} pages,", stdout);
        Assert.DoesNotContain("\u001b[", stdout); // no cursor movement or colour codes in a redirected stream
    }

    [Fact]
    public void Build_Quiet_OnlyTheFinalSummary()
    {
        var work = CliRunner.TempDir("quiet");
        Assert.Equal(0, CliRunner.Run(work, "init").ExitCode);
        var (code, stdout, _) = CliRunner.Run(work, "build", "--offline", "--quiet");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("build ", Assert.Single(lines));
        Assert.DoesNotContain("export bibtex", stdout);
        Assert.DoesNotContain("laid out", stdout);
        Assert.DoesNotContain("pages", stdout);
        Assert.True(File.Exists(Path.Combine(work, "output", "library.bib")));
    }
}
