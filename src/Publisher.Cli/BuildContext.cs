using Publisher.Cli.Configuration;
using Publisher.Model;

namespace Publisher.Cli;

/// <summary>State handed from stage to stage during <c>publisher build</c>.</summary>
internal sealed class BuildContext(PublisherConfig config)
{
    /// <summary>The configuration.</summary>
    public PublisherConfig Config { get; } = config;
    /// <summary>The output folder, absolute.</summary>
    public string OutputDirectory => Config.Resolve(Config.Output);
    /// <summary>The catalog as it stands after the last stage.</summary>
    public Catalog Catalog { get; set; } = new();
    /// <summary>Diagnostics added by stages after import.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>Path of a file in the output folder.</summary>
    public string OutputPath(params string[] parts) => Path.Combine([OutputDirectory, .. parts]);
}
