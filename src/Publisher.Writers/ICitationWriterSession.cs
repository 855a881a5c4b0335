using Publisher.Model;

namespace Publisher.Writers;

/// <summary>One output file written part by part, so a library of any size streams through with flat memory.</summary>
public interface ICitationWriterSession : IDisposable
{
    /// <summary>Writes the next entries, in the order given.</summary>
    void Write(IReadOnlyList<Entry> entries);

    /// <summary>Closes the format (a JSON array, …) and flushes; the file is whole only after this.</summary>
    void Complete();
}
