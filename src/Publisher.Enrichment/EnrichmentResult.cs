namespace Publisher.Enrichment;

/// <summary>The enriched catalog and the run's report.</summary>
public sealed record EnrichmentResult(Publisher.Model.Catalog Catalog, EnrichmentReport Report);
