using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Publisher.Writers.Newsletter.Rendering;

/// <summary>Renders a Markdown link or image only when its URL is safe; otherwise just its text, never an <c>href</c>.</summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (NewsletterHtmlRenderer.IsAllowedHref(url))
        {
            base.Write(renderer, link);
            return;
        }
        renderer.WriteChildren(link);
    }
}
