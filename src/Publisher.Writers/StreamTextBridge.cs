namespace Publisher.Writers;

/// <summary>
/// Lets writers that produce bytes (CSL-JSON via Utf8JsonWriter, CSV with its BOM) sit behind the
/// text-based <see cref="ICitationWriter"/> without buffering a whole library in memory.
/// </summary>
internal static class StreamTextBridge
{
    /// <summary>Writes bytes to the stream under <paramref name="output"/> when there is one, else through a buffer.</summary>
    public static void Write(TextWriter output, Action<Stream> write)
    {
        output.Flush();
        if (output is StreamWriter { BaseStream: { CanWrite: true } stream })
        {
            write(stream);
            stream.Flush();
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        output.Write(new System.Text.UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
