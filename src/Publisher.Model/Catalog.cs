using System.Text.Json.Serialization;

namespace Publisher.Model;

/// <summary>The whole bibliographic model: every entry, the tables kept from sources, and what went wrong.</summary>
public sealed record Catalog
{
    /// <summary>The schema this file follows; bumped on incompatible change.</summary>
    public const string CurrentSchema = "publisher-catalog/1";

    /// <summary>Schema identifier, <see cref="CurrentSchema"/> for files we write.</summary>
    public string Schema { get; init; } = CurrentSchema;
    /// <summary>Inputs read, in the order given.</summary>
    public IReadOnlyList<InputSummary> Inputs { get; init; } = [];
    /// <summary>Entries, sorted by id.</summary>
    public IReadOnlyList<Entry> Entries { get; init; } = [];
    /// <summary>Tables kept from sources.</summary>
    public IReadOnlyList<SourceTable> Tables { get; init; } = [];
    /// <summary>Messages from every stage, in the order they arose.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when any diagnostic is an error.</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
