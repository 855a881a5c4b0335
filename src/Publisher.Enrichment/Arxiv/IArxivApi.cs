using Refit;

namespace Publisher.Enrichment.Arxiv;

/// <summary>The arXiv query API (<c>GET /api/query</c>); retries and spacing live in the HttpClient's handler, not here.</summary>
public interface IArxivApi
{
    /// <summary>Runs one query; <paramref name="idList"/> is comma-separated, <paramref name="searchQuery"/> uses arXiv's syntax (<c>ti:"…"</c>).</summary>
    [Get("/api/query")]
    Task<IApiResponse<string>> QueryAsync(
        [AliasAs("id_list")] string? idList,
        [AliasAs("search_query")] string? searchQuery,
        [AliasAs("start")] int start,
        [AliasAs("max_results")] int maxResults,
        CancellationToken cancellationToken = default);
}
