namespace Publisher.Cli;

/// <summary>Process exit codes, documented in the README; scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;
    /// <summary>Input had errors; outputs were still written. See the diagnostics.</summary>
    public const int InputErrors = 1;
    /// <summary>The command line or configuration was wrong; nothing was written.</summary>
    public const int Usage = 2;
    /// <summary>Another build holds the output folder's lock.</summary>
    public const int Busy = 3;
}
