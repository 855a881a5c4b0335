namespace Publisher.Importers;

/// <summary>An input file after decoding: its display path, its text and how it was decoded.</summary>
public sealed class SourceDocument
{
    private string[]? _lines;

    /// <summary>Creates a document from already-decoded text.</summary>
    public SourceDocument(string file, string text, string encoding = "utf-8")
    {
        File = file;
        // One newline convention for every importer, so line numbers agree with editors.
        Text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        Encoding = encoding;
    }

    /// <summary>Path as given on the command line, '/' separators; used in provenance and diagnostics.</summary>
    public string File { get; }

    /// <summary>Decoded text with '\n' line endings.</summary>
    public string Text { get; }

    /// <summary>Name of the detected encoding.</summary>
    public string Encoding { get; }

    /// <summary>The text split into lines; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines => _lines ??= Text.Split('\n');
}
