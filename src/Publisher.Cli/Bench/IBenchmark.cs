namespace Publisher.Cli.Bench;

/// <summary>A named benchmark run by <c>publisher bench NAME</c>; prints its own figures.</summary>
internal interface IBenchmark
{
    /// <summary>Name on the command line (<c>import</c>, <c>ris</c>, <c>handbook</c>).</summary>
    string Name { get; }
    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }
    /// <summary>Runs with a size (entries); writes scratch files under <paramref name="workDirectory"/>.</summary>
    Task RunAsync(int size, string workDirectory, CancellationToken ct);
}
