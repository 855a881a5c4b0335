using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Publisher.Writers.Newsletter.Rendering;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Escaped text renders as exactly the original characters, wherever a template puts it.</summary>
public class MarkdownEscaperTests
{
    [Theory]
    [InlineData("Stars *and* Under_scores")]
    [InlineData("[Brackets](https://example.com) and ![img](x)")]
    [InlineData("Pipes | in | titles")]
    [InlineData("<script>alert(1)</script> & &amp; &copy;")]
    [InlineData("`code` and ``double``")]
    [InlineData("# Leading hash")]
    [InlineData("## Two hashes")]
    [InlineData("1. Leading number")]
    [InlineData("2024) Leading number with parenthesis")]
    [InlineData("- leading dash")]
    [InlineData("+ leading plus")]
    [InlineData("> leading quote")]
    [InlineData("= setext-looking")]
    [InlineData("~~strike~~ and back\\slash\\")]
    [InlineData("中文标题：*星号*【方括号】")]
    public void Escape_AtLineStartInsideBold_RendersLiterally(string text)
    {
        foreach (var wrap in new[] { "{0}", "**{0}**", "[{0}](https://example.com/)", "#### {0}", "1. {0}", "| head |\n|---|\n| {0} |" })
        {
            var markdown = string.Format(wrap, MarkdownEscaper.Escape(text));
            var html = Markdown.ToHtml(markdown, NewsletterHtmlRenderer.Pipeline);
            // In the table case a pipe that escaped would add a second cell: the body row must hold one.
            if (wrap.StartsWith('|')) Assert.Single(Regex.Matches(html, "<td"));
            html = html.Replace("<th>head</th>", "");
            var visible = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Trim();
            Assert.Equal(text, visible);
        }
    }

    [Fact]
    public void Escape_LineBreaks_BecomeSpaces()
    {
        Assert.Equal("a b c", MarkdownEscaper.Escape("  a\n\nb\r\n c  "));
    }

    [Theory]
    [InlineData("https://example.com/a_(b)", "https://example.com/a_%28b%29")]
    [InlineData("https://example.com/a b", "https://example.com/a%20b")]
    [InlineData("https://example.com/<x>", "https://example.com/%3Cx%3E")]
    public void EscapeUrl_LinkDestinationSpecials_PercentEncoded(string url, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.EscapeUrl(url));
        var html = Markdown.ToHtml($"[x]({MarkdownEscaper.EscapeUrl(url)})", NewsletterHtmlRenderer.Pipeline);
        Assert.Contains($"href=\"{expected}\"", html);
    }
}
