using System.Reflection;

namespace Publisher.Cli.Templates;

/// <summary>
/// Files shipped inside the tool as resources named by their relative path (<c>templates/newsletter/digest/issue.scriban</c>),
/// so an installed tool needs no source tree beside it.
/// </summary>
internal sealed class EmbeddedFiles(string prefix)
{
    private static readonly Assembly Assembly = typeof(EmbeddedFiles).Assembly;

    /// <summary>The shipped newsletter templates (every style folder and every file in it).</summary>
    public static EmbeddedFiles NewsletterTemplates { get; } = new("templates/newsletter/");

    /// <summary>The files <c>publisher init</c> writes besides the templates.</summary>
    public static EmbeddedFiles InitFiles { get; } = new("init/");

    // Relative name ('/'-separated) → resource name; MSBuild uses the host's separator in %(RecursiveDir).
    private readonly Dictionary<string, string> _resources = Assembly.GetManifestResourceNames()
        .Where(n => n.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Replace('\\', '/')[prefix.Length..], StringComparer.Ordinal);

    /// <summary>Paths relative to the prefix, '/'-separated, sorted.</summary>
    public IReadOnlyList<string> Names => _resources.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Copies every file into <paramref name="directory"/> (created when missing); returns the paths written.</summary>
    public IReadOnlyList<string> ExtractTo(string directory)
    {
        var written = new List<string>();
        foreach (var name in Names)
        {
            var path = Path.Combine(directory, name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = Open(name);
            Publisher.Model.IO.AtomicFile.Write(path, target => source.CopyTo(target));
            written.Add(path);
        }
        return written;
    }

    /// <summary>Opens one file by its relative name.</summary>
    public Stream Open(string name) =>
        (_resources.TryGetValue(name, out var resource) ? Assembly.GetManifestResourceStream(resource) : null) ?? throw new FileNotFoundException($"'{name}' is not shipped with this build of publisher");
}
