using Publisher.Cli.Templates;
using Publisher.Testing;

namespace Publisher.Cli.Tests;

/// <summary>Which newsletter templates a command uses: named folder, then local folders, then the shipped ones.</summary>
public class NewsletterTemplateFolderTests
{
    [Fact]
    public void Locate_NoLocalFolder_CopiesEveryShippedFileAndDeletesTheCopyOnDispose()
    {
        var shipped = Path.Combine(RepoPaths.Templates, "newsletter");
        string copy;
        using (var folder = NewsletterTemplateFolder.Locate(null, [Path.Combine(CliRunner.TempDir("none"), "templates", "newsletter")], "digest"))
        {
            copy = folder.Path;
            Assert.Equal("shipped templates", folder.Origin);
            foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(copy, Path.GetRelativePath(shipped, file))));
        }
        Assert.False(Directory.Exists(copy));
    }

    [Fact]
    public void Locate_LocalFolderHoldsStyle_LocalFolderWins()
    {
        var local = Path.Combine(CliRunner.TempDir("local"), "templates", "newsletter");
        Directory.CreateDirectory(Path.Combine(local, "digest"));
        using var folder = NewsletterTemplateFolder.Locate(null, [local], "digest");
        Assert.Equal(Path.GetFullPath(local), folder.Path);
    }

    [Fact]
    public void Locate_LocalFolderLacksStyle_ShippedTemplatesServeIt()
    {
        var local = Path.Combine(CliRunner.TempDir("other-style"), "templates", "newsletter");
        Directory.CreateDirectory(Path.Combine(local, "digest"));
        using var folder = NewsletterTemplateFolder.Locate(null, [local], "weekly");
        Assert.Equal("shipped templates", folder.Origin);
        Assert.True(File.Exists(Path.Combine(folder.Path, "weekly", "issue.scriban")));
    }

    [Fact]
    public void Locate_ExplicitFolderMissing_KeptSoTheWriterReportsIt()
    {
        var missing = Path.Combine(CliRunner.TempDir("explicit"), "typo");
        using var folder = NewsletterTemplateFolder.Locate(missing, [], "digest");
        Assert.Equal(missing, folder.Path);
    }
}
