using System.Text.Json.Serialization;

namespace Publisher.Model;

/// <summary>
/// A person or organisation. Either <see cref="Family"/> (with optional given name, particle and
/// suffix) or <see cref="Literal"/> (corporate names, names that cannot be split) is set.
/// </summary>
public sealed record Person
{
    /// <summary>Given names (<c>Ashish</c>).</summary>
    public string? Given { get; init; }
    /// <summary>Family name without particle (<c>Vaswani</c>, <c>Beethoven</c>).</summary>
    public string? Family { get; init; }
    /// <summary>Lower-case particle (<c>von</c>, <c>van der</c>).</summary>
    public string? Particle { get; init; }
    /// <summary>Suffix (<c>Jr.</c>).</summary>
    public string? Suffix { get; init; }
    /// <summary>A name kept whole: an organisation, a mononym, a CJK name, or <c>others</c> for "et al.".</summary>
    public string? Literal { get; init; }

    /// <summary>The "et al." marker: more authors exist but were not listed.</summary>
    [JsonIgnore]
    public static Person Others { get; } = new() { Literal = "others" };

    /// <summary>True for the "et al." marker.</summary>
    [JsonIgnore]
    public bool IsOthers => Literal == "others" && Family is null;

    /// <summary>Creates a split name.</summary>
    public static Person Of(string given, string family) => new() { Given = given, Family = family };

    /// <summary>Creates a name kept whole.</summary>
    public static Person OfLiteral(string literal) => new() { Literal = literal };

    /// <summary>The family name with its particle (<c>van der Berg</c>), or the literal.</summary>
    [JsonIgnore]
    public string FamilyWithParticle => Literal ?? (Particle is null ? Family ?? "" : $"{Particle} {Family}");

    /// <summary>"Given Family" for display.</summary>
    [JsonIgnore]
    public string DisplayName => Literal ?? string.Join(' ', new[] { Given, Particle, Family, Suffix }.Where(p => !string.IsNullOrEmpty(p)));

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
