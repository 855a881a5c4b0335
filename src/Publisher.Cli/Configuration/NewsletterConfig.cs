namespace Publisher.Cli.Configuration;

/// <summary>The <c>newsletter</c> section of <c>publisher.json</c>.</summary>
public sealed record NewsletterConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Template style: a subfolder of <see cref="Templates"/> (<c>digest</c> or <c>weekly</c> as shipped).</summary>
    public string Style { get; init; } = "digest";
    /// <summary>Template root, relative to the config file (default <c>templates/newsletter</c>).</summary>
    public string Templates { get; init; } = "templates/newsletter";
    /// <summary>Folder for the issues, relative to (and never outside) the output folder (default <c>newsletter</c>).</summary>
    public string Output { get; init; } = "newsletter";
    /// <summary>Ledger file relative to the newsletter folder (default <c>ledger.json</c>); must stay inside the output folder.</summary>
    public string Ledger { get; init; } = "ledger.json";
    /// <summary>Most entries per issue written by <c>publisher build</c> (default 20; 0 for no limit).</summary>
    public int Max { get; init; } = 20;
    /// <summary>Absolute http(s) URL the newsletter folder is published at, for the Atom feed (default none: relative links).</summary>
    public string? BaseUrl { get; init; }
    /// <summary>Only entries under these topics (empty for all).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
