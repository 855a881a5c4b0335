using System.Net;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Publisher.Model;

namespace Publisher.Writers.Newsletter.Rendering;

/// <summary>The HTML twin of an issue: the Markdown rendered by Markdig, raw HTML disabled, unsafe links left unclickable.</summary>
public static class NewsletterHtmlRenderer
{
    /// <summary>The pipeline used for the HTML twin and by tests that parse issues: pipe tables and GitHub-style heading ids.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        // Templates and catalog text are untrusted: raw HTML would let either inject script.
        .DisableHtml()
        .Build();

    /// <summary>True for hrefs a reader may click: http, https, mailto, and in-page <c>#anchors</c>.</summary>
    public static bool IsAllowedHref(string? url) =>
        UrlSafety.IsSafeToOpen(url) || (url is { Length: > 1 } && url[0] == '#' && !url.Contains(':'));

    /// <summary>Renders a complete, unstyled HTML document for the Markdown of an issue (template sets without <c>page.scriban</c>).</summary>
    public static string Render(string markdown, string title, string language) =>
        "<!DOCTYPE html>\n<html lang=\"" + WebUtility.HtmlEncode(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + WebUtility.HtmlEncode(title) + "</title>\n</head>\n<body>\n" + RenderBody(markdown) + "</body>\n</html>\n";

    /// <summary>The HTML of the Markdown alone (no document around it): the page body and the feed's content.</summary>
    public static string RenderBody(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The page language: <c>zh</c> when the issue contains Chinese, else <c>en</c>.</summary>
    public static string LanguageOf(string markdown) => CjkText.ContainsIdeograph(markdown) ? "zh" : "en";

    /// <summary>The plain text of the first heading, used as the HTML title.</summary>
    public static string? FirstHeadingText(string markdown)
    {
        var heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        if (heading?.Inline is null) return null;
        using var w = new StringWriter();
        var r = new HtmlRenderer(w) { EnableHtmlForInline = false };
        r.WriteLeafInline(heading);
        return WebUtility.HtmlDecode(w.ToString());
    }
}
