using Publisher.Model;

namespace Publisher.Importers;

/// <summary>Collects entries, diagnostics and tables while an importer walks a document.</summary>
public sealed class ImportResultBuilder(SourceDocument document, string importer)
{
    private readonly List<Entry> _entries = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<SourceTable> _tables = [];

    /// <summary>The document being read.</summary>
    public SourceDocument Document { get; } = document;

    /// <summary>Provenance record for a 1-based line of this document.</summary>
    public SourceRef SourceAt(int line) => new(Document.File, line, importer);

    /// <summary>Adds an entry (its <see cref="Entry.Sources"/> should already name the line).</summary>
    public void Add(Entry entry) => _entries.Add(entry);

    /// <summary>Adds a table.</summary>
    public void Add(SourceTable table) => _tables.Add(table);

    /// <summary>Records a warning at a line.</summary>
    public void Warn(int line, string message, string? code = null) => _diagnostics.Add(new Diagnostic(Document.File, line, Severity.Warning, message, code));

    /// <summary>Records an error at a line.</summary>
    public void Error(int line, string message, string? code = null) => _diagnostics.Add(new Diagnostic(Document.File, line, Severity.Error, message, code));

    /// <summary>Records an informational message at a line.</summary>
    public void Info(int line, string message, string? code = null) => _diagnostics.Add(new Diagnostic(Document.File, line, Severity.Info, message, code));

    /// <summary>The result so far.</summary>
    public ImportResult Build() => new(_entries.ToArray(), _diagnostics.ToArray(), _tables.ToArray());
}
