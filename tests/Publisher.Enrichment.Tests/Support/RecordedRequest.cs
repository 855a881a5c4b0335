namespace Publisher.Enrichment.Tests.Support;

/// <summary>A request the fake server saw: when (on the fake clock), its query parameters and User-Agent.</summary>
public sealed record RecordedRequest(DateTimeOffset At, IReadOnlyDictionary<string, string> Query, string UserAgent);
