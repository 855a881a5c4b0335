namespace Publisher.Writers.Tests.CslJson;

/// <summary>
/// A fact that needs pandoc. Locally it is skipped when pandoc is missing; in CI (the <c>CI</c> variable is
/// set) it always runs, so a missing pandoc fails loudly instead of passing unnoticed.
/// </summary>
public sealed class PandocFactAttribute : FactAttribute
{
    /// <summary>Skips when pandoc is not on PATH and the run is not CI.</summary>
    public PandocFactAttribute()
    {
        if (Pandoc.Path is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = "pandoc is not installed (CI installs it with .ci/install-test-tools; locally: apt-get install pandoc)";
    }
}
