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

    /// <summary>
    /// Refuses configured output names that would write outside the output folder (<c>../x</c>,
    /// absolute paths): a shared config must not be able to overwrite arbitrary files.
    /// </summary>
    public void ValidateOutputPaths()
    {
        var root = Path.GetFullPath(OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var (key, value) in new[] { ("handbook.file", Config.Handbook.File), ("export.baseName", Config.Export.BaseName + ".bib"),
                     ("newsletter.output", Path.Combine(Config.Newsletter.Output, "x")), ("newsletter.ledger", Path.Combine(Config.Newsletter.Output, Config.Newsletter.Ledger)) })
        {
            var full = Path.GetFullPath(Path.Combine(OutputDirectory, value));
            if (!full.StartsWith(root, StringComparison.Ordinal))
                throw new ConfigException($"{key} '{value}' would write outside the output folder {OutputDirectory}; give a name inside it");
        }
    }
}
