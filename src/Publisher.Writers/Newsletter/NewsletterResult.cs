using Publisher.Model;
using Publisher.Writers.Newsletter.Templates;

namespace Publisher.Writers.Newsletter;

/// <summary>What <see cref="NewsletterWriter"/> did.</summary>
public sealed record NewsletterResult
{
    /// <summary>The issue number written, or null when nothing was written.</summary>
    public int? IssueNumber { get; init; }
    /// <summary>Path of <c>issue-NNN.md</c>, when written.</summary>
    public string? MarkdownPath { get; init; }
    /// <summary>Path of <c>issue-NNN.html</c>, when written.</summary>
    public string? HtmlPath { get; init; }
    /// <summary>Path of <c>index.html</c>, when written (template sets with <c>archive.scriban</c>).</summary>
    public string? ArchivePath { get; init; }
    /// <summary>Path of <c>feed.xml</c>, when written.</summary>
    public string? FeedPath { get; init; }
    /// <summary>True when an existing issue was regenerated from the ledger.</summary>
    public bool Regenerated { get; init; }
    /// <summary>Entry ids in the issue, in order.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];
    /// <summary>Every template error, located; when any, nothing was written.</summary>
    public IReadOnlyList<TemplateError> TemplateErrors { get; init; } = [];
    /// <summary>Messages for the catalog's diagnostics (template errors included).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
