using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publisher.Cli.Configuration;

/// <summary>
/// <c>publisher.json</c>: what <c>publisher build</c> reads and where it writes. Relative paths are
/// resolved against the config file's folder. Every section is optional.
/// </summary>
public sealed record PublisherConfig
{
    /// <summary>Files or folders to import (default <c>samples</c>).</summary>
    public IReadOnlyList<string> Inputs { get; init; } = ["samples"];
    /// <summary>Output folder (default <c>output</c>).</summary>
    public string Output { get; init; } = "output";
    /// <summary>arXiv enrichment settings.</summary>
    public EnrichConfig Enrich { get; init; } = new();
    /// <summary>Citation export settings.</summary>
    public ExportConfig Export { get; init; } = new();
    /// <summary>PDF handbook settings.</summary>
    public HandbookConfig Handbook { get; init; } = new();
    /// <summary>Newsletter settings.</summary>
    public NewsletterConfig Newsletter { get; init; } = new();

    /// <summary>The folder relative paths are resolved against.</summary>
    [JsonIgnore]
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Resolves a path from the config against <see cref="BaseDirectory"/>.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(BaseDirectory, path));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads a config file; a missing default file gives the defaults. Throws <see cref="ConfigException"/> naming file and line.</summary>
    public static PublisherConfig Load(string? path)
    {
        if (path is null)
        {
            var candidate = Path.GetFullPath("publisher.json");
            if (!File.Exists(candidate)) return new PublisherConfig();
            path = candidate;
        }
        if (!File.Exists(path)) throw new ConfigException($"{path}: config file not found");
        try
        {
            var config = JsonSerializer.Deserialize<PublisherConfig>(File.ReadAllText(path), JsonOptions)
                         ?? throw new ConfigException($"{path}:1: expected a JSON object");
            return config with { BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))! };
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message}");
        }
    }
}
