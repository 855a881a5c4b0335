namespace Publisher.Importers.Decoding;

/// <summary>A repaired line and the characters in it whose choice was close (their <see cref="UncertainCharacter.Line"/> is 0 until the caller knows it).</summary>
internal sealed record ResolvedLine(string Text, IReadOnlyList<UncertainCharacter> Uncertain);
