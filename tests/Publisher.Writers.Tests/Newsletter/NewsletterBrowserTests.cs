using System.Text.Json;
using Publisher.Model.Serialization;
using Publisher.Testing;
using Publisher.Writers.Tests.BibTeX;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>
/// Opens the web edition in Debian's headless Chromium (never a downloaded browser) and checks what only a browser
/// shows: links that resolve, no console errors, no horizontal scroll on a phone or a desktop, Chinese drawn with a
/// real font. Screenshots go to <c>TestResults/newsletter-browser/</c>. Locally it skips without chromium; in CI it fails.
/// </summary>
public class NewsletterBrowserTests(ITestOutputHelper output)
{
    private static readonly int[] Widths = [375, 1280];

    /// <summary>The three pages the issue asks for: the archive and two issues (the middle one has both neighbours).</summary>
    private static readonly string[] Pages = ["index.html", "issue-001.html", "issue-002.html"];

    // Finds the first Han character on the page and draws it, a second Han character and a code point no font has
    // (U+10FFFD) with the element's own font: a missing CJK font draws the first and the last as the same box.
    private const string HanProbe = """
        (() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode()) && !/\p{Script=Han}/u.test(node.textContent)) {}
          if (!node) return JSON.stringify({ found: false });
          const style = getComputedStyle(node.parentElement);
          const ch = node.textContent.match(/\p{Script=Han}/u)[0];
          const draw = text => {
            const canvas = document.createElement('canvas');
            canvas.width = 64; canvas.height = 64;
            const ctx = canvas.getContext('2d');
            ctx.font = `40px ${style.fontFamily}`;
            ctx.textBaseline = 'top';
            ctx.fillText(text, 4, 4);
            return Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3));
          };
          const same = (a, b) => a.every((v, i) => v === b[i]);
          const glyph = draw(ch), other = draw(ch === '文' ? '论' : '文'), tofu = draw('\u{10FFFD}');
          return JSON.stringify({ found: true, ch, font: style.fontFamily, inked: glyph.filter(a => a > 0).length,
            sameAsTofu: same(glyph, tofu), sameAsOther: same(glyph, other) });
        })()
        """;

    private sealed record HanResult(bool Found, string? Ch, string? Font, int Inked, bool SameAsTofu, bool SameAsOther);

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public async Task Browser_ArchiveAndTwoIssues_LinksResolveNoErrorsNoHorizontalScrollChineseRendered(string style)
    {
        var chromium = ExternalTool.Require("chromium", output, "apt-get install chromium fonts-noto-cjk");
        if (chromium is null) return;
        var outDir = NewsletterTestKit.ThreeIssues(
            CatalogJson.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "NewsletterBrowser", "catalog.json")), style);
        var shots = Path.Combine(RepoPaths.Root, "TestResults", "newsletter-browser");
        Directory.CreateDirectory(shots);

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // CI runs as root, where Chromium refuses to start with its sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
        });
        await using var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) problems.Add($"{current}: console error: {e.Message.Text}"); };
        page.PageError += (_, e) => problems.Add($"{current}: page error: {e.Message}");
        page.RequestFailed += (_, e) => problems.Add($"{current}: request failed: {e.Request.Url} {e.Request.FailureText}");

        var localLinks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in Pages)
        {
            current = name;
            foreach (var width in Widths)
            {
                await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
                var response = await page.GoToAsync(new Uri(Path.Combine(outDir, name)).AbsoluteUri, WaitUntilNavigation.Load);
                Assert.True(response is null || response.Ok, $"{name} did not load");
                await page.EvaluateExpressionAsync("document.fonts.ready");
                var (scrollWidth, innerWidth) = (await page.EvaluateExpressionAsync<int>("document.scrollingElement.scrollWidth"),
                    await page.EvaluateExpressionAsync<int>("window.innerWidth"));
                Assert.True(scrollWidth <= innerWidth, $"{style}/{name} at {width} px scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
                await page.ScreenshotAsync(Path.Combine(shots, $"{style}-{Path.GetFileNameWithoutExtension(name)}-{width}.png"), new ScreenshotOptions { FullPage = true });
            }
            var han = JsonSerializer.Deserialize<HanResult>(await page.EvaluateExpressionAsync<string>(HanProbe), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            output.WriteLine($"{style}/{name}: '{han.Ch}' drawn with {han.Inked} inked pixels by font-family {han.Font}");
            Assert.True(han.Found, $"{style}/{name} shows no Chinese text; the fixture has Chinese on every page");
            Assert.True(han.Inked > 0 && !han.SameAsTofu && !han.SameAsOther,
                $"{style}/{name}: '{han.Ch}' is not drawn as a real glyph (no CJK font? .ci/install-test-tools installs fonts-noto-cjk)");
            foreach (var href in await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('a[href], link[href]'), a => a.href)"))
                if (href.StartsWith("file:", StringComparison.Ordinal)) localLinks.Add(href);
        }

        // Every local link, followed in the browser: the file loads and a #fragment names an element on it.
        Assert.Contains(localLinks, l => l.EndsWith("/issue-003.html", StringComparison.Ordinal));
        foreach (var link in localLinks)
        {
            current = link;
            var hash = link.IndexOf('#');
            var response = await page.GoToAsync(hash < 0 ? link : link[..hash], WaitUntilNavigation.Load);
            Assert.True(response is null || response.Ok, $"{link} does not resolve");
            if (hash >= 0)
                Assert.True(await page.EvaluateFunctionAsync<bool>("id => document.getElementById(id) !== null", Uri.UnescapeDataString(link[(hash + 1)..])),
                    $"{link}: no element with that id");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
