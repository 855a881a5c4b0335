using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>Text decoded from bytes, with the encoding found and what repair did.</summary>
/// <param name="UncertainChars">Repaired characters whose runner-up scored close (each also an info diagnostic); null when nothing was repaired.</param>
public sealed record DecodedText(string Text, string Encoding, int RepairedChars, int UnrepairedChars, IReadOnlyList<Diagnostic> Diagnostics, int? UncertainChars = null);
