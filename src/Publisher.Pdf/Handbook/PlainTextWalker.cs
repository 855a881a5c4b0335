using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>A heading's text as the walk draws it, without styles: formulas as their source, citations as <see cref="CitationPrinter"/> prints them.</summary>
internal sealed class PlainTextWalker(CitationPrinter? printer) : ChapterWalker<StringBuilder>
{
    /// <summary>The heading's text (not yet cleaned).</summary>
    public string Text(HeadingBlock heading)
    {
        var sb = new StringBuilder();
        WalkInlines(heading.Inline, sb, InlinePlace.Heading);
        return sb.ToString();
    }

    /// <inheritdoc />
    protected override void Literal(string text, StringBuilder sb) => sb.Append(text);
    /// <inheritdoc />
    protected override void Citation(CitationInline citation, StringBuilder sb)
    {
        if (printer is null) { sb.Append(citation.Source); return; }
        foreach (var piece in printer.Citation(citation, printer.Resolver.Resolve(citation))) sb.Append(piece.Text);
    }
    /// <inheritdoc />
    protected override void TitleCitation(LinkInline link, StringBuilder sb)
    {
        if (printer is null) return;
        var (title, entries) = printer.Resolver.ResolveTitle(link);
        foreach (var piece in printer.TitleCitation(title, entries)) sb.Append(piece.Text);
    }
    /// <inheritdoc />
    protected override void InlineMath(string tex, bool display, int line, StringBuilder sb) => sb.Append(tex);
    /// <inheritdoc />
    protected override void CodeSpan(string code, StringBuilder sb) => sb.Append(code);
    /// <inheritdoc />
    protected override void LineBreak(StringBuilder sb) => sb.Append(' ');
    /// <inheritdoc />
    protected override void Autolink(string url, StringBuilder sb) => sb.Append(url);
}
