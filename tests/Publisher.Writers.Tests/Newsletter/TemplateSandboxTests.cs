using Publisher.Writers.Newsletter;
using Publisher.Writers.Newsletter.Templates;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Templates are untrusted: confined includes, no file, clock or eval builtins, loop, recursion and time limits.</summary>
public class TemplateSandboxTests
{
    private static NewsletterResult Render(string issueTemplate, TemplateLimits? limits = null, params (string, string)[] more)
    {
        var templates = NewsletterTestKit.TemplateFolder([("issue.scriban", issueTemplate), .. more]);
        return NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"),
            NewsletterTestKit.Request(Path.Combine(NewsletterTestKit.TempDirectory(), "out"), templates: templates, limits: limits));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../secret")]
    [InlineData("C:\\\\Windows\\\\win.ini")]
    [InlineData("file:///etc/passwd")]
    public void Include_PathOutsideTemplateFolder_Refused(string name)
    {
        var parent = NewsletterTestKit.TempDirectory();
        File.WriteAllText(Path.Combine(parent, "secret.scriban"), "TOP SECRET");
        var templates = Path.Combine(parent, "set");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "issue.scriban"), $"# x\n{{{{ include \"{name}\" }}}}\n");
        var outDir = Path.Combine(parent, "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        var error = Assert.Single(result.TemplateErrors);
        Assert.Equal("issue.scriban", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("refused", error.Message);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Include_SymbolicLinkLeadingOutside_Refused()
    {
        var parent = NewsletterTestKit.TempDirectory();
        File.WriteAllText(Path.Combine(parent, "secret.txt"), "TOP SECRET");
        var templates = Path.Combine(parent, "set");
        Directory.CreateDirectory(templates);
        File.CreateSymbolicLink(Path.Combine(templates, "leak.scriban"), Path.Combine(parent, "secret.txt"));
        File.WriteAllText(Path.Combine(templates, "issue.scriban"), "# x\n{{ include \"leak\" }}\n");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(Path.Combine(parent, "out"), templates: templates));

        Assert.NotEmpty(result.TemplateErrors);
        Assert.All(result.TemplateErrors, e => Assert.DoesNotContain("SECRET", e.Message));
        Assert.Contains(result.TemplateErrors, e => e.File == "leak.scriban" && e.Message.Contains("refused"));
        Assert.False(Directory.Exists(Path.Combine(parent, "out")));
    }

    [Fact]
    public void Include_ThroughLinkedDirectoryLeadingOutside_Refused()
    {
        var parent = NewsletterTestKit.TempDirectory();
        Directory.CreateDirectory(Path.Combine(parent, "outside"));
        File.WriteAllText(Path.Combine(parent, "outside", "secret.scriban"), "TOP {{ SECRET");
        var templates = Path.Combine(parent, "set");
        Directory.CreateDirectory(templates);
        Directory.CreateSymbolicLink(Path.Combine(templates, "sub"), Path.Combine(parent, "outside"));
        File.WriteAllText(Path.Combine(templates, "issue.scriban"), "# x\n{{ include \"sub/secret\" }}\n");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(Path.Combine(parent, "out"), templates: templates));

        Assert.Contains(result.TemplateErrors, e => e.Message.Contains("refused"));
        Assert.All(result.TemplateErrors, e => Assert.DoesNotContain("SECRET", e.Message));
        Assert.False(Directory.Exists(Path.Combine(parent, "out")));
    }

    [Fact]
    public void Include_PartialInSubfolder_Allowed()
    {
        var result = Render("# Issue {{ issue.number }}\n{{ include \"parts/line\" }}\n", null, ("parts/line.scriban", "included {{ issue.entry_count }}"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains("included 6", File.ReadAllText(result.MarkdownPath!));
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ object.eval \"1+1\" }}")]
    [InlineData("{{ regex.match \"a\" \"a\" }}")]
    [InlineData("{{ include_join [\"a\"] }}")]
    public void Render_BuiltinsOutsideTheSafeSet_AreUnavailable(string expression)
    {
        var result = Render("# x\n" + expression + "\n");
        Assert.True(result.HasErrors);
        Assert.Single(result.TemplateErrors);
    }

    [Theory]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ 9223372036854775807 * 9223372036854775807 * 1.0e308 * 1.0e308 }}")]
    [InlineData("{{ \"abc\" | string.slice 5 -9 }}")]
    [InlineData("{{ [1,2] | array.insert_at -5 3 }}")]
    public void Render_FailingBuiltins_NeverThrowOutOfTheWriter(string expression)
    {
        var result = Render("# x\n" + expression + "\n");
        Assert.True(result.TemplateErrors.Count <= 1);
        Assert.Equal(result.TemplateErrors.Count == 0, result.MarkdownPath is not null);
    }

    [Fact]
    public void Render_SafeBuiltins_Work()
    {
        var result = Render("# x\n{{ \"ab\" | string.upcase }} {{ [3,1,2] | array.sort | array.join \",\" }} {{ -2 | math.abs }} {{ \"<\" | html.escape }}\n");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains("AB 1,2,3 2 &lt;", File.ReadAllText(result.MarkdownPath!));
    }

    [Fact]
    public void Render_InfiniteLoop_StoppedByLoopLimit()
    {
        var result = Render("# x\n{{ while true }}x{{ end }}\n", new TemplateLimits { LoopLimit = 100 });
        var error = Assert.Single(result.TemplateErrors);
        Assert.Equal(2, error.Line);
        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_UnboundedRecursion_StoppedByRecursionLimit()
    {
        var result = Render("# x\n{{ func f(n); ret f(n + 1); end }}{{ f 1 }}\n", new TemplateLimits { RecursiveLimit = 20 });
        var error = Assert.Single(result.TemplateErrors);
        Assert.Contains("recurs", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_SelfInclude_StoppedByRecursionLimit()
    {
        var result = Render("# x\n{{ include \"again\" }}\n", new TemplateLimits { RecursiveLimit = 10 }, ("again.scriban", "{{ include \"again\" }}"));
        Assert.Single(result.TemplateErrors);
        Assert.Null(result.MarkdownPath);
    }

    [Fact]
    public void Render_LongRunningWithinLoopLimits_StoppedByTimeLimit()
    {
        // The loop limit is set out of reach, so 10^18 steps would run for ages: only the deadline stops them.
        var template = "# x\n{{ for a in 1..1000000000 }}{{ for b in 1..1000000000 }}{{ end }}{{ end }}\n";
        var result = Render(template, new TemplateLimits { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(200) });
        var error = Assert.Single(result.TemplateErrors);
        Assert.Contains("time limit", error.Message);
        Assert.Null(result.MarkdownPath);
    }

    [Fact]
    public void Render_ExponentialRecursionWithoutLoops_StoppedByTimeLimit()
    {
        var template = "# x\n{{ func f(n)\n if n > 0\n f(n - 1)\n f(n - 1)\n end\n end }}{{ f 40 }}\n";
        var result = Render(template, new TemplateLimits { TimeLimit = TimeSpan.FromMilliseconds(200) });
        var error = Assert.Single(result.TemplateErrors);
        Assert.Contains("time limit", error.Message);
    }

    [Fact]
    public void Render_HugeOutput_StoppedByOutputLimit()
    {
        var result = Render("# x\n{{ for i in 1..100000 }}xxxxxxxxxxxxxxxxxxxx{{ end }}\n", new TemplateLimits { LoopLimit = 200_000, OutputLimit = 100_000 });
        Assert.Single(result.TemplateErrors);
        Assert.Null(result.MarkdownPath);
    }

    [Theory]
    [InlineData("{{ \"x\" | string.pad_left 1000000000 }}")]
    [InlineData("{{ s = \"xxxxxxxxxx\"; for i in 1..40; s = s + s; end; s }}")]
    public void Render_HugeStrings_StoppedBeforeAllocating(string expression)
    {
        var result = Render("# x\n" + expression + "\n", new TemplateLimits { OutputLimit = 100_000 });
        var error = Assert.Single(result.TemplateErrors);
        Assert.Contains("limit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.MarkdownPath);
    }

    [Fact]
    public void Render_TemplateWritesUnsafeLinksAndRawHtml_HtmlHasNeitherClickable()
    {
        var result = Render("# x\n\n[a](javascript:alert(1)) [b](file:///etc/passwd) <file:///etc/passwd> <script>alert(1)</script> ![i](javascript:x) [ok](https://example.com/)\n");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(result.HtmlPath!);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.DoesNotContain("href=\"file", html);
        Assert.DoesNotContain("src=\"javascript", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<a href=\"https://example.com/\">ok</a>", html);
    }
}
