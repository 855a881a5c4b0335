namespace Publisher.Testing;

/// <summary>Where the repository, its samples and the shared seeds are, wherever the tests run from.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding <c>Publisher.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/seeds</c> beside the checkout (CI has it; a bare clone may not).</summary>
    public static string SeedsDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    /// <summary>True when the seeds are present.</summary>
    public static bool HasSeeds => Directory.Exists(SeedsDirectory);

    /// <summary>Full path of a seed file by its number prefix (<c>"000"</c>).</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedsDirectory, prefix + "_*.txt").Single();

    /// <summary>The repository's <c>samples/</c> folder.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The repository's <c>templates/</c> folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
