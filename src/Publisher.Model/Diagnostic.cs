namespace Publisher.Model;

/// <summary>A message a person can act on: where, how bad, and what was expected.</summary>
/// <param name="File">Input file (or stage name such as <c>enrich</c>) the message is about.</param>
/// <param name="Line">1-based line, or 0 when the message is about a whole file or an entry.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What was found and what was expected or what to do.</param>
/// <param name="Code">A stable short code for scripts (<c>PUB101</c>), if any.</param>
/// <param name="EntryId">The entry the message is about, if any.</param>
public sealed record Diagnostic(string File, int Line, Severity Severity, string Message, string? Code = null, string? EntryId = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()}{(Code is null ? "" : " " + Code)}: {Message}";
}
