using System.Text;
using Publisher.Model;

namespace Publisher.Writers;

/// <summary>A session for text formats whose files are just records one after another (BibTeX, RIS).</summary>
internal sealed class TextWriterSession(Stream output, Action<IReadOnlyList<Entry>, TextWriter> writeEntries) : ICitationWriterSession
{
    private readonly StreamWriter _text = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);

    /// <inheritdoc />
    public void Write(IReadOnlyList<Entry> entries) => writeEntries(entries, _text);

    /// <inheritdoc />
    public void Complete() => _text.Flush();

    /// <inheritdoc />
    public void Dispose() => _text.Dispose();
}
