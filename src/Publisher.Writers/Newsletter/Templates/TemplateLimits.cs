namespace Publisher.Writers.Newsletter.Templates;

/// <summary>Bounds on what a template may cost; templates are untrusted input.</summary>
public sealed record TemplateLimits
{
    /// <summary>Loop and array-function iterations allowed in a render (default 10,000), plus 50 per entry of the issue so that loops over entries always fit.</summary>
    public int LoopLimit { get; init; } = 10_000;
    /// <summary>Nested function/include calls allowed (default 50).</summary>
    public int RecursiveLimit { get; init; } = 50;
    /// <summary>Characters of output allowed (default 16,000,000; Scriban counts text produced by includes once more when it is copied into the issue).</summary>
    public int OutputLimit { get; init; } = 16_000_000;
    /// <summary>Time one rendering may take (default 30 s; a 10,000-entry issue renders in a few seconds).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);
}
