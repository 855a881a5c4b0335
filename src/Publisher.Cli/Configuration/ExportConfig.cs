namespace Publisher.Cli.Configuration;

/// <summary>The <c>export</c> section of <c>publisher.json</c>.</summary>
public sealed record ExportConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage.</summary>
    public bool Enabled { get; init; } = true;
}
