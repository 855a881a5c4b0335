namespace Publisher.Model;

/// <summary>A table kept from a source (e.g. a model list), rows as cells, for the handbook.</summary>
/// <param name="File">Input file.</param>
/// <param name="Line">1-based line of the header row.</param>
/// <param name="Topic">Section path the table appeared under.</param>
/// <param name="Header">Header cells.</param>
/// <param name="Rows">Body rows; each row has as many cells as the source gave.</param>
public sealed record SourceTable(string File, int Line, string Topic, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
