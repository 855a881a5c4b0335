using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>What a block recogniser found around one paper reference.</summary>
/// <param name="Title">The work's own title, or null (never a URL or link word).</param>
/// <param name="AltTitle">A Chinese or translated title seen instead, kept as <c>titleAlt</c>.</param>
/// <param name="Links">Other links of the same entry (code, project …), besides the reference itself.</param>
/// <param name="Line">The line the entry starts at.</param>
/// <param name="Recogniser">Which recogniser fired (used in provenance).</param>
public sealed record BlockMatch(string? Title, string? AltTitle, IReadOnlyList<FoundLink> Links, int Line, string Recogniser)
{
    /// <summary>Venue as written, when the block gives one.</summary>
    public string? Venue { get; init; }
    /// <summary>Year, when the block gives one.</summary>
    public int? Year { get; init; }
    /// <summary>A complete entry read by another importer (BibTeX in a code fence), used as is.</summary>
    public Entry? Complete { get; init; }
}
