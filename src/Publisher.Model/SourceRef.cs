namespace Publisher.Model;

/// <summary>One place in an input that mentions an entry (provenance).</summary>
/// <param name="File">The input's path as given on the command line, with '/' separators.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Importer">Name of the importer that read it (<c>digest</c>, <c>bibtex</c>...).</param>
public sealed record SourceRef(string File, int Line, string? Importer = null);
