using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Publisher.Writers.Newsletter.Rendering;

/// <summary>Renders <c>&lt;scheme:…&gt;</c> autolinks as links only for safe schemes; <c>&lt;file:///…&gt;</c> stays text.</summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (link.IsEmail || NewsletterHtmlRenderer.IsAllowedHref(link.Url))
        {
            base.Write(renderer, link);
            return;
        }
        renderer.WriteEscape(link.Url);
    }
}
