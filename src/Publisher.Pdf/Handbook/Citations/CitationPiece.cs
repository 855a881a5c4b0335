using Publisher.Model;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>A piece of a printed citation: text, and the cited entry when the piece is its number (drawn as a link).</summary>
internal readonly record struct CitationPiece(string Text, Entry? Entry = null);
