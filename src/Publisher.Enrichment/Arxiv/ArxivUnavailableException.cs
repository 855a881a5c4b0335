namespace Publisher.Enrichment.Arxiv;

/// <summary>A request that failed after every retry; <see cref="Unreachable"/> says whether arXiv could be reached at all.</summary>
public sealed class ArxivUnavailableException(string message, bool unreachable, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when arXiv could not be reached (refused, DNS, timeouts, open circuit); false for throttling or bad answers.</summary>
    public bool Unreachable { get; } = unreachable;
}
