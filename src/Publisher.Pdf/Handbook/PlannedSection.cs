using Publisher.Model;

namespace Publisher.Pdf.Handbook;

/// <summary>A numbered section (<c>2.3</c>) and its entries in print order.</summary>
public sealed record PlannedSection(string Number, string Title, IReadOnlyList<Entry> Entries);
