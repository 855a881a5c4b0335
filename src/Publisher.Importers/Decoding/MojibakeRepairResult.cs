namespace Publisher.Importers.Decoding;

/// <summary>Outcome of <see cref="MojibakeRepairer.Repair"/>.</summary>
/// <param name="Text">Repaired text, or the input unchanged when not applied.</param>
/// <param name="Applied">True when the text was detected as mojibake and reversed.</param>
/// <param name="Repaired">Characters recovered (every non-ASCII character rebuilt from mojibake, guessed ones included).</param>
/// <param name="Unrepaired">Characters that could not be recovered (written as U+FFFD).</param>
/// <param name="Guessed">Of <paramref name="Repaired"/>, characters that had lost a byte and were chosen by plausibility.</param>
/// <param name="LinesRepaired">Lines that were reversed (the others were left as they were).</param>
/// <param name="Uncertain">Guessed characters whose runner-up scored close, in text order (null: none).</param>
public sealed record MojibakeRepairResult(string Text, bool Applied, int Repaired, int Unrepaired, int Guessed = 0, int LinesRepaired = 0, IReadOnlyList<UncertainCharacter>? Uncertain = null)
{
    /// <summary>The uncertain characters, never null.</summary>
    public IReadOnlyList<UncertainCharacter> UncertainCharacters => Uncertain ?? [];
}
