using System.Text.RegularExpressions;
using Publisher.Testing;
using Publisher.Writers.Newsletter;
using Publisher.Writers.Newsletter.Model;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>docs/newsletter.md lists exactly the variables templates can use.</summary>
public class TemplateVariableDocsTests
{
    private static readonly Dictionary<string, Type> Models = new()
    {
        ["issue"] = typeof(IssueModel), ["topic"] = typeof(TopicModel), ["entry"] = typeof(EntryModel), ["link"] = typeof(LinkModel),
        ["page"] = typeof(PageModel), ["archive"] = typeof(ArchiveModel), ["item"] = typeof(ArchiveIssueModel),
    };

    private static HashSet<string> Documented() =>
        Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "newsletter.md")), "\\b(issue|topic|entry|link|page|archive|item)\\.([a-z_]+)\\b")
            .Select(m => m.Value).Where(v => !v.EndsWith(".scriban", StringComparison.Ordinal)) // file names, not variables
            .ToHashSet(StringComparer.Ordinal);

    private static string Uses(params string[] prefixes) => string.Join(" ", Documented()
        .Where(v => prefixes.Any(k => v.StartsWith(k + ".", StringComparison.Ordinal))).Order(StringComparer.Ordinal).Select(v => "{{ " + v + " }}"));

    private static string SnakeCase(string name) => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", "_$1").ToLowerInvariant();

    [Fact]
    public void Docs_EveryModelProperty_IsDocumentedInSnakeCase()
    {
        var documented = Documented();
        foreach (var (prefix, type) in Models)
            foreach (var property in type.GetProperties())
                Assert.Contains($"{prefix}.{SnakeCase(property.Name)}", documented);
    }

    [Fact]
    public void Docs_EveryDocumentedVariable_RendersUnderStrictVariables()
    {
        var uses = Uses("issue", "topic", "entry", "link");
        Assert.Contains("{{ entry.summary_en }}", uses);
        var template = "# x\n{{ for topic in issue.topics }}{{ for entry in topic.entries }}{{ for link in entry.links }}\n" + uses + "\n{{ end }}{{ end }}{{ end }}\n";
        var dir = NewsletterTestKit.TemplateFolder(("issue.scriban", template));

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), templates: dir));

        Assert.Empty(result.TemplateErrors);
        Assert.NotNull(result.MarkdownPath);
    }

    [Fact]
    public void Docs_EveryDocumentedWebVariable_RendersUnderStrictVariables()
    {
        var page = Uses("page");
        var archive = Uses("archive", "item");
        Assert.Contains("{{ page.next_url }}", page);
        Assert.Contains("{{ item.topics }}", archive);
        var dir = NewsletterTestKit.TemplateFolder(("issue.scriban", "# x\n"), ("page.scriban", "<p>" + page + "</p>\n"),
            ("archive.scriban", "{{ for item in archive.issues }}" + archive + "{{ end }}\n"));

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), templates: dir));

        Assert.Empty(result.TemplateErrors);
        Assert.NotNull(result.ArchivePath);
    }
}
