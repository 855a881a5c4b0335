namespace Publisher.Model;

/// <summary>Decides which URLs may become clickable in generated documents.</summary>
public static class UrlSafety
{
    /// <summary>True for absolute http, https and mailto URLs; false for javascript:, file:, data: and relative paths.</summary>
    public static bool IsSafeToOpen(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        return uri.Scheme is "http" or "https" or "mailto";
    }
}
