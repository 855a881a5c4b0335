using Publisher.Model;

namespace Publisher.Importers;

/// <summary>What one importer produced from one document, before merging.</summary>
/// <param name="Entries">Entries in source order, without ids.</param>
/// <param name="Diagnostics">Problems found, each with file and line.</param>
/// <param name="Tables">Tables kept from the source.</param>
public sealed record ImportResult(IReadOnlyList<Entry> Entries, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SourceTable> Tables)
{
    /// <summary>An empty result.</summary>
    public static ImportResult Empty { get; } = new([], [], []);

    /// <summary>Paper references seen, taken and reported, when the coverage pass ran on the document.</summary>
    public ReadingLists.Coverage.CoverageCounts? Coverage { get; init; }
}
