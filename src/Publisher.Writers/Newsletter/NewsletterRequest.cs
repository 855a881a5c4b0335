using Publisher.Writers.Newsletter.Templates;

namespace Publisher.Writers.Newsletter;

/// <summary>What <see cref="NewsletterWriter"/> should produce and where.</summary>
public sealed record NewsletterRequest
{
    /// <summary>Folder the issue files go to; nothing is written outside it.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>Ledger file; null for <c>ledger.json</c> in <see cref="OutputDirectory"/>. Must lie inside the output folder.</summary>
    public string? LedgerPath { get; init; }
    /// <summary>The template root (holding <c>digest/</c>, <c>weekly/</c>) or one template set folder (holding <c>issue.scriban</c>).</summary>
    public required string TemplatesDirectory { get; init; }
    /// <summary>Template style (subfolder name); null for the style recorded in the ledger when regenerating, else <see cref="DefaultStyle"/>.</summary>
    public string? Style { get; init; }
    /// <summary>Issue number; null for the next one. An existing number regenerates that issue from the ledger.</summary>
    public int? IssueNumber { get; init; }
    /// <summary>Which entries a new issue takes (ignored when regenerating: the ledger's record is used).</summary>
    public NewsletterSelection Selection { get; init; } = new();
    /// <summary>Issue date of a new issue; null for today (UTC) from <see cref="TimeProvider"/>.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Clock for the default date; inject a fake one in tests.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
    /// <summary>Absolute http(s) URL the newsletter folder is published at, for the feed's links and ids; null for relative links.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>Limits applied to templates.</summary>
    public TemplateLimits Limits { get; init; } = new();

    /// <summary>The style used when neither the request nor the ledger names one.</summary>
    public const string DefaultStyle = "digest";
}
