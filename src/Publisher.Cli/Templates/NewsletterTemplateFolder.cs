namespace Publisher.Cli.Templates;

/// <summary>
/// The newsletter template root a command uses, chosen in this order: a folder named on the command
/// line or in <c>publisher.json</c>; <c>templates/newsletter</c> beside the config file, then in the
/// working folder; else the templates shipped inside the tool, copied to a temporary folder that is
/// deleted on dispose. The newsletter writer then reads them through its sandboxed loader as usual,
/// so every file of a style folder resolves the same way wherever it came from.
/// </summary>
internal sealed class NewsletterTemplateFolder : IDisposable
{
    /// <summary>The default value of <c>newsletter.templates</c> and the folder looked for in the working folder.</summary>
    public const string DefaultRelativePath = "templates/newsletter";

    private readonly bool _temporary;

    private NewsletterTemplateFolder(string path, string origin, bool temporary)
    {
        Path = path;
        Origin = origin;
        _temporary = temporary;
    }

    /// <summary>The template root (holding style folders) or one template set folder.</summary>
    public string Path { get; }

    /// <summary>Where the templates came from, for messages: the folder, or "shipped templates".</summary>
    public string Origin { get; }

    /// <summary>
    /// Chooses the folder. <paramref name="explicitPath"/> (from <c>--templates</c> or a non-default
    /// config value) is used as given, even when missing, so a typo is reported, never replaced.
    /// <paramref name="candidates"/> are tried in order and used when they hold <paramref name="style"/>
    /// (any style when null) or a template set directly.
    /// </summary>
    public static NewsletterTemplateFolder Locate(string? explicitPath, IEnumerable<string> candidates, string? style)
    {
        if (explicitPath is not null) return new(System.IO.Path.GetFullPath(explicitPath), explicitPath, false);
        foreach (var candidate in candidates.Select(System.IO.Path.GetFullPath).Distinct(StringComparer.Ordinal))
            if (HoldsStyle(candidate, style)) return new(candidate, candidate, false);
        var temp = Directory.CreateTempSubdirectory("publisher-templates-").FullName;
        EmbeddedFiles.NewsletterTemplates.ExtractTo(temp);
        return new(temp, "shipped templates", true);
    }

    /// <summary>The candidates for a config whose <c>newsletter.templates</c> is <paramref name="configured"/> (resolved against the config folder).</summary>
    public static NewsletterTemplateFolder ForConfig(string configured, Func<string, string> resolve, string? style) =>
        configured == DefaultRelativePath
            ? Locate(null, [resolve(DefaultRelativePath), DefaultRelativePath], style)
            : Locate(resolve(configured), [], style);

    private static bool HoldsStyle(string root, string? style) =>
        Directory.Exists(root) && (Directory.EnumerateFiles(root, "*.scriban").Any()
            || (style is null ? Directory.EnumerateDirectories(root).Any() : Directory.Exists(System.IO.Path.Combine(root, style))));

    /// <summary>Deletes the temporary copy of the shipped templates, if one was made.</summary>
    public void Dispose()
    {
        if (!_temporary) return;
        try { Directory.Delete(Path, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a leftover in /tmp is harmless */ }
    }
}
