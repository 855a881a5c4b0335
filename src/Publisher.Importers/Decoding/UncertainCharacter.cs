namespace Publisher.Importers.Decoding;

/// <summary>A repaired character whose best two candidates scored close: worth an editor's look.</summary>
/// <param name="Line">1-based line in the repaired text.</param>
/// <param name="Column">1-based column (UTF-16 units) of the character in the repaired line.</param>
/// <param name="Chosen">The character written.</param>
/// <param name="Alternatives">Runners-up that scored close, best first.</param>
public sealed record UncertainCharacter(int Line, int Column, string Chosen, IReadOnlyList<string> Alternatives);
