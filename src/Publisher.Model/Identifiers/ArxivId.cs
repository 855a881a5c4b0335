using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Model;

/// <summary>
/// A validated arXiv identifier: new style <c>2106.09685</c> / <c>1706.03762v5</c> or old style
/// <c>hep-th/9901001</c>, with an optional version. Equality includes the version; compare
/// <see cref="Base"/> to ask "same paper?".
/// </summary>
public sealed partial record ArxivId
{
    private ArxivId(string @base, int? version) { Base = @base; Version = version; }

    /// <summary>The identifier without version (<c>2106.09685</c>).</summary>
    public string Base { get; }

    /// <summary>The version number when one was given (<c>2</c> for <c>v2</c>).</summary>
    public int? Version { get; }

    /// <summary>True for pre-2007 identifiers such as <c>hep-th/9901001</c>.</summary>
    public bool IsOldStyle => Base.Contains('/');

    /// <summary>The same paper without a version.</summary>
    public ArxivId WithoutVersion() => Version is null ? this : new ArxivId(Base, null);

    /// <summary>The abstract page, <c>https://arxiv.org/abs/{id}</c>.</summary>
    public string AbsUrl => $"https://arxiv.org/abs/{this}";

    /// <summary>The PDF, <c>https://arxiv.org/pdf/{id}</c> (built from the id: the API does not always label it).</summary>
    public string PdfUrl => $"https://arxiv.org/pdf/{this}";

    /// <summary>The DataCite DOI every arXiv paper has, <c>10.48550/arXiv.{base}</c>.</summary>
    public string DataCiteDoi => DataCiteDoiPrefix + Base;

    /// <summary>What <see cref="DataCiteDoi"/> puts before the id.</summary>
    private const string DataCiteDoiPrefix = "10.48550/arXiv.";

    /// <inheritdoc />
    public override string ToString() => Version is { } v ? $"{Base}v{v.ToString(CultureInfo.InvariantCulture)}" : Base;

    /// <summary>Parses a bare identifier (optionally prefixed <c>arXiv:</c>); no URLs.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = FoldFullWidth(text.Trim());
        if (t.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase)) t = t[6..].Trim();
        return TryParseAsciiNewStyle(t, out id) || TryParseByPattern(t, out id);
    }

    // The rule itself, as regular expressions; TryParseAsciiNewStyle is a shortcut that must agree with it (tested).
    internal static bool TryParseByPattern(string t, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        var m = NewStyle().Match(t);
        if (m.Success)
        {
            var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
            var mm = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
            var digits = m.Groups["num"].Value.Length;
            // 4-digit sequence numbers were used until 1412, 5-digit ones from 1501 on.
            if (mm is < 1 or > 12 || (digits == 4 && yy >= 15) || (digits == 5 && yy < 15) || yy < 7) return false;
            id = new ArxivId($"{m.Groups["yy"].Value}{m.Groups["mm"].Value}.{m.Groups["num"].Value}", ParseVersion(m));
            return true;
        }
        m = OldStyle().Match(t);
        if (m.Success)
        {
            var mm = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
            if (mm is < 1 or > 12) return false;
            id = new ArxivId($"{m.Groups["arch"].Value}/{m.Groups["yy"].Value}{m.Groups["mm"].Value}{m.Groups["num"].Value}", ParseVersion(m));
            return true;
        }
        return false;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> naming the expected forms.</summary>
    public static ArxivId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not an arXiv id (expected YYMM.NNNNN[vN] or archive/YYMMNNN[vN])");

    /// <summary>
    /// Extracts the identifier from an arXiv URL (<c>/abs/</c>, <c>/pdf/</c> with or without <c>.pdf</c>,
    /// <c>export.</c>/<c>www.</c> hosts) or from a bare or <c>arXiv:</c>-prefixed id.
    /// </summary>
    public static bool TryParseUrlOrId(string? text, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var m = UrlForm().Match(t);
        if (m.Success)
        {
            var rest = m.Groups["rest"].Value;
            if (rest.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) rest = rest[..^4];
            return TryParse(rest, out id);
        }
        return TryParse(t, out id);
    }

    /// <summary>True when the text is an arXiv URL, whether or not its id is valid (so a typo can be reported).</summary>
    public static bool LooksLikeArxivUrl(string? text) => text is not null && UrlForm().IsMatch(text.Trim());

    // The usual id (YYMM.NNNNN[vN] in ASCII digits) without a regex match; anything else, including every
    // rejection, is left to the regular expressions, so the accepted set and the results are theirs.
    private static bool TryParseAsciiNewStyle(string t, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        var dot = t.IndexOf('.');
        if (dot != 4 || t.Length < 9 || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[1]) || !char.IsAsciiDigit(t[2]) || !char.IsAsciiDigit(t[3])) return false;
        var end = 5;
        while (end < t.Length && char.IsAsciiDigit(t[end])) end++;
        var digits = end - 5;
        if (digits is not (4 or 5)) return false;
        int? version = null;
        if (end < t.Length)
        {
            // v[1-9]\d{0,2} to the end of the text
            if (t[end] != 'v' || t.Length - end - 1 is < 1 or > 3 || t[end + 1] == '0') return false;
            for (var k = end + 1; k < t.Length; k++) if (!char.IsAsciiDigit(t[k])) return false;
            version = int.Parse(t.AsSpan(end + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        var yy = (t[0] - '0') * 10 + (t[1] - '0');
        var mm = (t[2] - '0') * 10 + (t[3] - '0');
        if (mm is < 1 or > 12 || (digits == 4 && yy >= 15) || (digits == 5 && yy < 15) || yy < 7) return false;
        id = new ArxivId(end == t.Length ? t : t[..end], version);
        return true;
    }

    // Chinese input methods type full-width forms (２１０６．０９６８５); they mean the ASCII id. Other scripts' digits are not ids.
    private static string FoldFullWidth(string t)
    {
        if (!t.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E')) return t;
        return string.Create(t.Length, t, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = s[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(s[i] - 0xFEE0) : s[i];
        });
    }

    private static int? ParseVersion(Match m) =>
        m.Groups["v"].Success ? int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.(?<num>[0-9]{4,5})(?:v(?<v>[1-9][0-9]{0,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    [GeneratedRegex(@"^(?<arch>[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?)/(?<yy>[0-9]{2})(?<mm>[0-9]{2})(?<num>[0-9]{3})(?:v(?<v>[1-9][0-9]{0,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OldStyle();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(?<rest>[^?#\s]+?)/?(?:[?#].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlForm();
}
