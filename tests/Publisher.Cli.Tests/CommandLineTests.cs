using Publisher.Model.Serialization;

namespace Publisher.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Run_UnknownOption_ExitsWithUsageCode2()
    {
        var (code, _, err) = CliRunner.Run(CliRunner.TempDir("usage"), "import", "x.md", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", err);
    }

    [Fact]
    public void Help_EveryVerb_ExitsZeroAndDescribesIt()
    {
        foreach (var verb in new[] { "import", "inspect", "build", "bench" })
        {
            var (code, stdout, _) = CliRunner.Run(CliRunner.TempDir("help"), verb, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", stdout);
        }
    }

    [Fact]
    public void Import_MissingFile_ExitCode1AndDiagnosticNamesFile()
    {
        var dir = CliRunner.TempDir("missing");
        var (code, stdout, _) = CliRunner.Run(dir, "import", "nope.md", "--out", "c.json");
        Assert.Equal(1, code);
        Assert.Contains("nope.md", stdout);
        var catalog = CatalogJson.Load(Path.Combine(dir, "c.json"));
        Assert.Contains(catalog.Diagnostics, d => d.File == "nope.md" && d.Message.Contains("not found"));
    }

    [Fact]
    public void Inspect_BrokenCatalog_ExitCode2WithFileAndLine()
    {
        var dir = CliRunner.TempDir("inspect");
        File.WriteAllText(Path.Combine(dir, "c.json"), "{\n  \"schema\": \"publisher-catalog/1\",\n  \"entries\": [ { \"arxivId\": \"bad\" } ]\n}");
        var (code, _, err) = CliRunner.Run(dir, "inspect", "c.json");
        Assert.Equal(2, code);
        Assert.Contains("c.json:3", err);
    }

    [Fact]
    public void Build_OutputLockedByAnotherBuild_RefusesWithCode3()
    {
        var dir = CliRunner.TempDir("lock");
        File.WriteAllText(Path.Combine(dir, "publisher.json"), """{ "inputs": ["in"], "output": "out" }""");
        Directory.CreateDirectory(Path.Combine(dir, "in"));
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        using (new FileStream(Path.Combine(dir, "out", ".publisher.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, _, err) = CliRunner.Run(dir, "build", "--offline");
            Assert.Equal(3, code);
            Assert.Contains("another publisher build", err);
        }
        var (after, _, _) = CliRunner.Run(dir, "build", "--offline");
        Assert.Equal(0, after);
    }

    [Fact]
    public void Build_BadConfig_ExitCode2NamesLine()
    {
        var dir = CliRunner.TempDir("config");
        File.WriteAllText(Path.Combine(dir, "publisher.json"), "{\n  \"inputs\": [\"in\"],\n  \"outptu\": \"x\"\n}");
        var (code, _, err) = CliRunner.Run(dir, "build");
        Assert.Equal(2, code);
        Assert.Contains("publisher.json:", err);
    }
}

public class OutputConfinementTests
{
    [Theory]
    [InlineData("""{ "handbook": { "file": "../escaped.pdf" } }""")]
    [InlineData("""{ "export": { "baseName": "../../escaped" } }""")]
    [InlineData("""{ "newsletter": { "output": "/tmp" } }""")]
    public void Build_OutputNameEscapingOutputFolder_RefusedWithCode2AndNothingWritten(string config)
    {
        var dir = CliRunner.TempDir("escape");
        File.WriteAllText(Path.Combine(dir, "publisher.json"), "{ \"inputs\": [], \"output\": \"out\", " + config[2..]);
        var (code, _, err) = CliRunner.Run(dir, "build", "--offline");
        Assert.Equal(2, code);
        Assert.Contains("outside the output folder", err);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out")).Any(f => !Path.GetFileName(f).StartsWith('.')));
        Assert.False(File.Exists(Path.Combine(dir, "escaped.pdf")));
    }
}
