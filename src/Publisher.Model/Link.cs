using System.Text.Json.Serialization;

namespace Publisher.Model;

/// <summary>A typed link, with the URL exactly as the source wrote it.</summary>
/// <param name="Kind">What the link points at.</param>
/// <param name="Url">The URL as written (not normalised), so provenance stays faithful.</param>
/// <param name="Label">The label the source gave the link, if any (<c>paper</c>, <c>code</c>).</param>
public sealed record Link(LinkKind Kind, string Url, string? Label = null)
{
    /// <summary>True for schemes a reader may safely click (http, https, mailto).</summary>
    [JsonIgnore]
    public bool IsSafeToOpen => UrlSafety.IsSafeToOpen(Url);
}
