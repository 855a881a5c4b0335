using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;
using Publisher.Writers.Newsletter;
using Publisher.Writers.Newsletter.Templates;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Shared set-up for newsletter tests: fixture catalogs, shipped templates, temporary output folders.</summary>
internal static class NewsletterTestKit
{
    /// <summary>The fixed issue date every fixture uses, so expected files never depend on the clock.</summary>
    public static readonly DateOnly IssueDate = new(2024, 2, 1);

    /// <summary>Folder of the newsletter fixtures copied beside the test assembly.</summary>
    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Newsletter");

    /// <summary>The shipped template root (<c>templates/newsletter</c>).</summary>
    public static string ShippedTemplates => Path.Combine(RepoPaths.Templates, "newsletter");

    /// <summary>The shipped styles.</summary>
    public static readonly string[] Styles = ["digest", "weekly"];

    /// <summary>Loads a fixture case's synthetic catalog.</summary>
    public static Catalog LoadCatalog(string fixtureCase) => CatalogJson.Load(Path.Combine(FixturesDirectory, fixtureCase, "catalog.json"));

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "publisher-newsletter-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A request with the shipped templates and the fixed date.</summary>
    public static NewsletterRequest Request(string outDir, string? style = "digest", int? issue = null, NewsletterSelection? selection = null,
        string? templates = null, TemplateLimits? limits = null) => new()
    {
        OutputDirectory = outDir,
        TemplatesDirectory = templates ?? ShippedTemplates,
        Style = style,
        IssueNumber = issue,
        Date = IssueDate,
        Selection = selection ?? new NewsletterSelection(),
        Limits = limits ?? new TemplateLimits(),
    };

    /// <summary>Writes three issues of <paramref name="catalog"/> (two entries each, dated 2024-02-01, -02, -03) and returns the folder.</summary>
    public static string ThreeIssues(Catalog catalog, string style, string? baseUrl = null)
    {
        var outDir = TempDirectory();
        for (var day = 1; day <= 3; day++)
        {
            var result = NewsletterWriter.Write(catalog, Request(outDir, style, selection: new NewsletterSelection { Max = 2 })
                with { Date = new DateOnly(2024, 2, day), BaseUrl = baseUrl });
            Assert.Equal(day, result.IssueNumber);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        }
        return outDir;
    }

    /// <summary>A template folder holding the given files (name → text).</summary>
    public static string TemplateFolder(params (string Name, string Text)[] files)
    {
        var dir = TempDirectory();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return dir;
    }

    /// <summary>Files in a folder (names only, sorted), for "nothing was written" checks.</summary>
    public static string[] FilesIn(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()! : [];
}
