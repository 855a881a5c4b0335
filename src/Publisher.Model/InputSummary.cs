namespace Publisher.Model;

/// <summary>What was read from one input file: which importer, which encoding, what had to be repaired.</summary>
public sealed record InputSummary
{
    /// <summary>The input's path as given, with '/' separators.</summary>
    public required string File { get; init; }
    /// <summary>Importer that read it.</summary>
    public required string Importer { get; init; }
    /// <summary>Detected encoding (<c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>gb18030</c>).</summary>
    public required string Encoding { get; init; }
    /// <summary>Entries produced before merging.</summary>
    public int Entries { get; init; }
    /// <summary>Characters recovered by mojibake repair (0 when the text was fine).</summary>
    public int RepairedChars { get; init; }
    /// <summary>Characters mojibake repair could not recover (shown as U+FFFD).</summary>
    public int UnrepairedChars { get; init; }
    /// <summary>Repaired characters whose runner-up scored close, each listed as an info diagnostic (absent when nothing was repaired).</summary>
    public int? UncertainChars { get; init; }
    /// <summary>Distinct paper references (arXiv, DOI, proceedings pages) in the raw text; null when the coverage check did not run (BibTeX, RIS, CSV).</summary>
    public int? PaperLinks { get; init; }
    /// <summary>Of <see cref="PaperLinks"/>, those on an entry.</summary>
    public int? PaperLinksTaken { get; init; }
    /// <summary>Of <see cref="PaperLinks"/>, those not taken, each reported by a diagnostic with its line.</summary>
    public int? PaperLinksReported { get; init; }
}
