namespace Publisher.Importers.BibTeX;

/// <summary>One field of a BibTeX entry: lower-case name, value with macros expanded and outer delimiters removed (LaTeX still in it).</summary>
public sealed record BibTeXField(string Name, string Value, int Line);
