namespace Publisher.Writers.BibTeX;

/// <summary>The BibTeX entry type chosen for an entry and where its venue goes.</summary>
/// <param name="Type">Entry type without <c>@</c> (<c>misc</c>, <c>article</c>).</param>
/// <param name="VenueField">Field that carries the venue (<c>journal</c>, <c>booktitle</c>), or null.</param>
/// <param name="TypeLabel">Value for the <c>type</c> field of a <c>@misc</c> (<c>Software</c>), or null.</param>
public sealed record BibTeXEntryType(string Type, string? VenueField, string? TypeLabel);
