namespace Publisher.Importers.Decoding;

/// <summary>One character of a line being repaired: fixed text, or ranked guesses for a damaged sequence.</summary>
/// <param name="Text">The text chosen so far.</param>
/// <param name="Candidates">Plausible characters with their standalone scores, best first; null when the text is certain.</param>
internal sealed record Piece(string Text, IReadOnlyList<Candidate>? Candidates = null);
