using System.Text;
using System.Xml;

namespace Publisher.Writers.ZoteroRdf;

/// <summary>
/// Text that XML 1.0 can hold: control characters (other than tab and line breaks) and lone surrogates cannot be written
/// even as character references, so they are dropped; everything else is left for the XML writer to escape.
/// </summary>
public static class XmlSafeText
{
    /// <summary>The text without characters XML 1.0 forbids.</summary>
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
            if (!IsAllowedAt(text, i)) { firstBad = i; break; }
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
            if (IsAllowedAt(text, i)) sb.Append(text[i]);
        return sb.ToString();
    }

    private static bool IsAllowedAt(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(s[i - 1]);
        return XmlConvert.IsXmlChar(c);
    }
}
