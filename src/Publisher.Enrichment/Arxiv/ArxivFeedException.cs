namespace Publisher.Enrichment.Arxiv;

/// <summary>A response that is not a usable Atom feed (truncated, not XML, a plain-text throttle message).</summary>
public sealed class ArxivFeedException(string message, Exception? inner = null) : Exception(message, inner);
