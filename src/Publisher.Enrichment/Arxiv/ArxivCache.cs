using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Model.Serialization;

namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// A disk cache of arXiv answers: <c>ids/&lt;base id&gt;.json</c> and <c>titles/&lt;sha256 of normalised title&gt;.json</c>,
/// each an <see cref="ArxivCacheRecord"/> written atomically (temporary file, then rename), so a crash
/// leaves the old file or the new one, never half of one. Unreadable files count as misses.
/// </summary>
public sealed class ArxivCache
{
    /// <summary>The format marker written into every file.</summary>
    public const string Schema = "publisher-arxiv-cache/1";

    private readonly TimeProvider _time;

    /// <summary>Creates a cache in <paramref name="directory"/>; records older than <paramref name="maxAge"/> are misses unless asked otherwise.</summary>
    public ArxivCache(string directory, TimeProvider? time = null, TimeSpan? maxAge = null)
    {
        Directory = Path.GetFullPath(directory);
        _time = time ?? TimeProvider.System;
        MaxAge = maxAge ?? TimeSpan.FromDays(30);
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }
    /// <summary>Age after which a record is fetched again (default 30 days; arXiv changes daily, papers rarely).</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>The file for an id (version ignored: one lookup per paper).</summary>
    public string IdPath(ArxivId id) => Path.Combine(Directory, "ids", id.Base.Replace('/', '_') + ".json");

    /// <summary>The file for a title query.</summary>
    public string TitlePath(string title)
    {
        var key = TitleNormalizer.Normalize(title);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        return Path.Combine(Directory, "titles", hash + ".json");
    }

    /// <summary>The cached answer for an id, if present and fresh (or any age with <paramref name="anyAge"/>).</summary>
    public ArxivCacheRecord? GetId(ArxivId id, bool anyAge = false) => Read(IdPath(id), id.Base, anyAge);

    /// <summary>The cached candidates for a title, if present and fresh (or any age with <paramref name="anyAge"/>).</summary>
    public ArxivCacheRecord? GetTitle(string title, bool anyAge = false) => Read(TitlePath(title), TitleNormalizer.Normalize(title), anyAge);

    /// <summary>Stores the complete answer for an id: its entry, or null when arXiv has no such paper.</summary>
    public void PutId(ArxivId id, ArxivFeedEntry? entry, DateTimeOffset fetchedAt) =>
        Write(IdPath(id), new ArxivCacheRecord { Key = id.Base, FetchedAt = fetchedAt, Entries = entry is null ? [] : [entry] });

    /// <summary>Stores the candidates a title query returned.</summary>
    public void PutTitle(string title, IReadOnlyList<ArxivFeedEntry> candidates, DateTimeOffset fetchedAt) =>
        Write(TitlePath(title), new ArxivCacheRecord { Key = TitleNormalizer.Normalize(title), FetchedAt = fetchedAt, Entries = candidates });

    private ArxivCacheRecord? Read(string path, string key, bool anyAge)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var record = JsonSerializer.Deserialize<ArxivCacheRecord>(File.ReadAllText(path), CatalogJson.Options);
            if (record is null || record.Schema != Schema || record.Key != key) return null;
            if (!anyAge && _time.GetUtcNow() - record.FetchedAt > MaxAge) return null;
            return record;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged file is only a miss: the next successful fetch overwrites it.
            return null;
        }
    }

    private static void Write(string path, ArxivCacheRecord record) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(record, CatalogJson.Options) + "\n");
}
