namespace Publisher.Writers.Newsletter.Templates;

/// <summary>Bounds on what a template may cost; templates are untrusted input.</summary>
public sealed record TemplateLimits
{
    /// <summary>Iterations allowed in one loop (default 10,000; an issue rarely lists more than a few hundred entries).</summary>
    public int LoopLimit { get; init; } = 10_000;
    /// <summary>Nested function/include calls allowed (default 50).</summary>
    public int RecursiveLimit { get; init; } = 50;
    /// <summary>Characters of output allowed (default 4,000,000).</summary>
    public int OutputLimit { get; init; } = 4_000_000;
    /// <summary>Time one rendering may take (default 10 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}
