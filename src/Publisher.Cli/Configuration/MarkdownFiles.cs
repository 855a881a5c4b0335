using Microsoft.Extensions.FileSystemGlobbing;

namespace Publisher.Cli.Configuration;

/// <summary>Expands a configured Markdown path or glob (<c>chapters/*.md</c>, <c>docs/**/*.md</c>) into files, sorted.</summary>
public static class MarkdownFiles
{
    private static readonly char[] Wildcards = ['*', '?', '['];

    /// <summary>The files a path or glob names (already resolved against the config folder); empty when none.</summary>
    public static IReadOnlyList<string> Expand(string resolvedPattern)
    {
        if (resolvedPattern.IndexOfAny(Wildcards) < 0)
            return File.Exists(resolvedPattern) ? [resolvedPattern] : [];
        // The folder part before the first wildcard is the root the matcher walks.
        var parts = resolvedPattern.Replace('\\', '/').Split('/');
        var first = Array.FindIndex(parts, p => p.IndexOfAny(Wildcards) >= 0);
        var root = string.Join('/', parts.Take(first));
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(first)));
        return matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
    }
}
