namespace Publisher.Importers.Decoding;

/// <summary>Outcome of <see cref="MojibakeRepairer.Repair"/>.</summary>
/// <param name="Text">Repaired text, or the input unchanged when not applied.</param>
/// <param name="Applied">True when the text was detected as mojibake and reversed.</param>
/// <param name="Repaired">Characters recovered.</param>
/// <param name="Unrepaired">Characters that could not be recovered.</param>
public sealed record MojibakeRepairResult(string Text, bool Applied, int Repaired, int Unrepaired);
