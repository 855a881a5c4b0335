using Publisher.Model;

namespace Publisher.Cli.Conversion;

/// <summary>What <see cref="CitationConverter"/> read and wrote.</summary>
/// <param name="Importer">The importer that read the input.</param>
/// <param name="Entries">Entries written.</param>
/// <param name="Diagnostics">Problems in the input (at most <see cref="CitationConverter.MaxKeptDiagnostics"/> kept).</param>
/// <param name="ErrorCount">Errors in total, also those beyond the kept diagnostics.</param>
/// <param name="Written">False when nothing was written (no entries found).</param>
internal sealed record ConversionResult(string Importer, long Entries, IReadOnlyList<Diagnostic> Diagnostics, long ErrorCount, bool Written);
