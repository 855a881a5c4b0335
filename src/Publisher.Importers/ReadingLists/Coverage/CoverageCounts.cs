namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>Paper references of one input: seen in the raw text, taken onto an entry, reported by a diagnostic.</summary>
/// <param name="Seen">Distinct paper references (by arXiv id, DOI or page URL).</param>
/// <param name="Taken">Those on an entry.</param>
/// <param name="Reported">Those not taken, each with a diagnostic saying why.</param>
/// <param name="Recognised">Of <paramref name="Taken"/>, those the style importer missed and the block recognisers added.</param>
/// <remarks>
/// Seen = Taken + Reported by construction (each reference is counted once, one way or the other); whether the
/// references really sit on entries is checked independently of these counts by the tests' coverage invariant.
/// </remarks>
public sealed record CoverageCounts(int Seen, int Taken, int Reported, int Recognised);
