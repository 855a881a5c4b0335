namespace Publisher.Pdf.Handbook;

/// <summary>How the bibliography is numbered.</summary>
public enum BibliographyOrder
{
    /// <summary>Works cited in the Markdown chapters first, in the order of their first citation; then the others in print order (the default).</summary>
    FirstCitation,
    /// <summary>By first author's family name, then year and title.</summary>
    Author,
}
