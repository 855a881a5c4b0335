using Markdig.Syntax.Inlines;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>A pandoc citation in the Markdig tree: <c>[@a; see @b, p. 3]</c> (bracketed) or <c>@a</c> (in text).</summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The cited works in order.</summary>
    public required IReadOnlyList<CitationItem> Items { get; init; }
    /// <summary>True for <c>[...]</c>; false for a bare <c>@key</c> (printed as "Author [n]").</summary>
    public bool Bracketed { get; init; }
    /// <summary>The citation as written, for diagnostics and the fallback print.</summary>
    public required string Source { get; init; }
}
