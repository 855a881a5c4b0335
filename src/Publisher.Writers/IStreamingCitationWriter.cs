using Publisher.Model;

namespace Publisher.Writers;

/// <summary>
/// A citation writer that can also take entries in parts (<c>publisher convert</c>, <c>publisher export</c>).
/// A single part gives the same bytes as <see cref="ICitationWriter.Write"/>; whether many parts do too is
/// <see cref="PartsMatchWhole"/>.
/// </summary>
public interface IStreamingCitationWriter : ICitationWriter
{
    /// <summary>
    /// True when writing a catalog in parts gives the bytes of one whole write (records independent of each
    /// other, or ids kept unique across parts), so <c>export</c> may stream a catalog into it.
    /// </summary>
    bool PartsMatchWhole => true;

    /// <summary>
    /// True when the output depends on <see cref="Entry.Id"/> (keys, id columns), so <c>convert</c> must give
    /// entries ids first; false lets it skip computing them.
    /// </summary>
    bool WritesIds => true;

    /// <summary>Starts a file on <paramref name="output"/> (UTF-8); the caller disposes the session, then the stream.</summary>
    ICitationWriterSession Begin(Stream output, CitationWriterOptions options);
}
