namespace Publisher.Model;

/// <summary>How serious a diagnostic is. Errors make the CLI exit with code 1 (outputs are still written).</summary>
public enum Severity
{
    /// <summary>Something worth knowing (a repair that succeeded, a merge).</summary>
    Info,
    /// <summary>Input that was understood only in part, or a fact that could not be checked.</summary>
    Warning,
    /// <summary>Input that could not be understood; the rest of the file was still read.</summary>
    Error,
}
