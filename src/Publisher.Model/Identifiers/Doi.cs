using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Publisher.Model;

/// <summary>
/// A validated DOI such as <c>10.1145/3442188.3445922</c>. DOIs are case-insensitive, so equality
/// compares the upper-cased form while <see cref="Value"/> keeps the spelling that was given.
/// </summary>
public sealed partial record Doi
{
    private Doi(string value) => Value = value;

    /// <summary>The DOI as given, without <c>doi:</c> or resolver prefix.</summary>
    public string Value { get; }

    /// <summary>The resolver URL <c>https://doi.org/{doi}</c>.</summary>
    public string Url => "https://doi.org/" + Value;

    /// <summary>True for arXiv's DataCite DOIs (<c>10.48550/arXiv.*</c>), which say nothing about publication.</summary>
    public bool IsArxivDataCite => Value.StartsWith("10.48550/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <c>10.x/y</c>, <c>doi:10.x/y</c> or a <c>doi.org</c> URL.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Doi? doi)
    {
        doi = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var m = Prefix().Match(t);
        if (m.Success) t = t[m.Length..];
        t = Uri.UnescapeDataString(t).TrimEnd('.', ',', ';');
        if (!Shape().IsMatch(t)) return false;
        doi = new Doi(t);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Doi Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a DOI (expected 10.NNNN/suffix)");

    /// <inheritdoc />
    public bool Equals(Doi? other) => other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex(@"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
