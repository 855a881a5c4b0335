namespace Publisher.Writers;

/// <summary>
/// A citation writer that can also take entries in parts (<c>publisher convert</c>). Keys and ids stay
/// unique across parts; a single part gives the same bytes as <see cref="ICitationWriter.Write"/>.
/// </summary>
public interface IStreamingCitationWriter : ICitationWriter
{
    /// <summary>Starts a file on <paramref name="output"/> (UTF-8); the caller disposes the session, then the stream.</summary>
    ICitationWriterSession Begin(Stream output, CitationWriterOptions options);
}
