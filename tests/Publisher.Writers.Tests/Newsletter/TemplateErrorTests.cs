using Publisher.Model;
using Publisher.Writers.Newsletter;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Template mistakes are reported with file, line and column, all of them, and nothing is written.</summary>
public class TemplateErrorTests
{
    [Fact]
    public void Write_SyntaxErrorsInTwoFiles_AllReportedWithLocationAndNothingWritten()
    {
        var templates = NewsletterTestKit.TemplateFolder(
            ("issue.scriban", "# Issue {{ issue.number }}\n{{ for topic in issue.topics }}\n{{ include \"topic\" }}\n{{ end }}\n"),
            ("topic.scriban", "## {{ topic.name }}\n{{ for entry in topic.entries }}\n{{ include \"entry\" }}\n"),
            ("entry.scriban", "line one\n  - {{ entry.title + }}\n"));
        var outDir = Path.Combine(NewsletterTestKit.TempDirectory(), "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        Assert.True(result.HasErrors);
        Assert.Contains(result.TemplateErrors, e => e.File == "entry.scriban" && e.Line == 2 && e.Column > 1);
        Assert.Contains(result.TemplateErrors, e => e.File == "topic.scriban" && e.Line >= 1);
        Assert.All(result.TemplateErrors, e => Assert.Matches("^[a-z]+\\.scriban:\\d+:\\d+: .+", e.ToString()));
        Assert.Equal(result.TemplateErrors.Count, result.Diagnostics.Count(d => d.Code == "NL020" && d.Severity == Severity.Error));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Write_RuntimeErrorInPartial_LocatedInThePartialAndNothingWritten()
    {
        var templates = NewsletterTestKit.TemplateFolder(
            ("issue.scriban", "# Issue {{ issue.number }}\n{{ for entry in issue.entries }}{{ include \"entry\" }}{{ end }}\n"),
            ("entry.scriban", "\n\n* {{ entry.title }} {{ entry.no_such_field }}\n"));
        var outDir = Path.Combine(NewsletterTestKit.TempDirectory(), "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        var error = Assert.Single(result.TemplateErrors);
        Assert.Equal("entry.scriban", error.File);
        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 1);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Write_MissingIssueLayout_Reported()
    {
        var templates = NewsletterTestKit.TemplateFolder(("entry.scriban", "{{ entry.title }}\n"));
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), templates: templates));
        Assert.Contains(result.TemplateErrors, e => e.File == "issue.scriban" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Write_UnknownStyle_ReportsFolderNotFound()
    {
        var outDir = NewsletterTestKit.TempDirectory();
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, style: "no-such-style"));
        Assert.Contains(result.TemplateErrors, e => e.Message.Contains("not found"));
        Assert.Empty(NewsletterTestKit.FilesIn(outDir));
    }

    [Theory]
    [InlineData("../digest")]
    [InlineData("/etc")]
    [InlineData("a/b")]
    public void Write_StyleThatIsNotAFolderName_Refused(string style)
    {
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), style: style));
        Assert.Contains(result.Diagnostics, d => d.Code == "NL012");
    }
}
