namespace Publisher.Cli;

/// <summary>
/// An exclusive lock on an output folder (<c>.publisher.lock</c>) so two builds cannot interleave
/// their writes. The OS releases it when the process dies, so a killed build never leaves it stuck.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static OutputLock? TryAcquire(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, ".publisher.lock");
        try
        {
            var fs = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new OutputLock(fs);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
