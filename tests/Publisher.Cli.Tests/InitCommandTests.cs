using Publisher.Testing;

namespace Publisher.Cli.Tests;

/// <summary><c>publisher init</c>: writes a usable folder and never overwrites anything.</summary>
public class InitCommandTests
{
    [Fact]
    public void Init_EmptyFolder_WritesConfigExampleListAndEveryShippedTemplate()
    {
        var work = CliRunner.TempDir("init");
        var (code, stdout, stderr) = CliRunner.Run(work, "init", "site");
        Assert.True(code == 0, stdout + stderr);
        var site = Path.Combine(work, "site");
        Assert.True(File.Exists(Path.Combine(site, "publisher.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site, "lists")));
        // The editable copy is the shipped set, file for file and byte for byte.
        var shipped = Path.Combine(RepoPaths.Templates, "newsletter");
        var expected = Directory.GetFiles(shipped, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shipped, f)).Order(StringComparer.Ordinal).ToArray();
        var copied = Path.Combine(site, "templates", "newsletter");
        Assert.Equal(expected, Directory.GetFiles(copied, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(copied, f)).Order(StringComparer.Ordinal).ToArray());
        foreach (var file in expected)
            Assert.Equal(File.ReadAllBytes(Path.Combine(shipped, file)), File.ReadAllBytes(Path.Combine(copied, file)));
    }

    [Fact]
    public void Init_ConfigAlreadyThere_ExitCode2NamesFileAndWritesNothing()
    {
        var work = CliRunner.TempDir("init-exists");
        File.WriteAllText(Path.Combine(work, "publisher.json"), "{}");
        var (code, _, stderr) = CliRunner.Run(work, "init");
        Assert.Equal(2, code);
        Assert.Contains("publisher.json", stderr);
        Assert.Equal("{}", File.ReadAllText(Path.Combine(work, "publisher.json")));
        Assert.False(Directory.Exists(Path.Combine(work, "lists")));
        Assert.False(Directory.Exists(Path.Combine(work, "templates")));
    }

    [Fact]
    public void Build_AfterInitOffline_UsesTheWrittenConfigAndWritesTheIssue()
    {
        var work = CliRunner.TempDir("init-build");
        Assert.Equal(0, CliRunner.Run(work, "init").ExitCode);
        var (code, stdout, stderr) = CliRunner.Run(work, "build", "--offline");
        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(work, "output", "newsletter", "issue-001.md")), stdout);
        Assert.True(File.Exists(Path.Combine(work, "output", "library.bib")), stdout);
    }
}
