namespace Publisher.Importers.Decoding;

/// <summary>A possible character for a damaged UTF-8 sequence and how plausible it is on its own.</summary>
/// <param name="Text">The character (one or two UTF-16 units).</param>
/// <param name="Score">Standalone plausibility; higher is better.</param>
internal sealed record Candidate(string Text, int Score);
