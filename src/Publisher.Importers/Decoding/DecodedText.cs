using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>Text decoded from bytes, with the encoding found and what repair did.</summary>
public sealed record DecodedText(string Text, string Encoding, int RepairedChars, int UnrepairedChars, IReadOnlyList<Diagnostic> Diagnostics);
