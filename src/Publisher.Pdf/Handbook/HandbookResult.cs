using Publisher.Model;

namespace Publisher.Pdf.Handbook;

/// <summary>What writing a handbook produced.</summary>
/// <param name="Pages">Number of pages.</param>
/// <param name="Entries">Entries printed.</param>
/// <param name="Chapters">Catalog chapters printed.</param>
/// <param name="Bytes">Size of the PDF.</param>
/// <param name="Diagnostics">Notes and problems (dropped pictographs, missing glyphs).</param>
public sealed record HandbookResult(int Pages, int Entries, int Chapters, long Bytes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the PDF was written.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}
