using Publisher.Model.Threading;
using Publisher.Importers.Decoding;
using Publisher.Importers.Merge;
using Publisher.Importers.ReadingLists.Coverage;
using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Importers;

/// <summary>
/// The import stage: expands folders, decodes each file, picks an importer by content, runs it,
/// and merges everything into one <see cref="Catalog"/>. Bad input becomes diagnostics, never an exception.
/// </summary>
public sealed class CatalogImporter(ImporterRegistry registry)
{
    /// <summary>File extensions read when a folder is given.</summary>
    public static readonly string[] KnownExtensions = [".md", ".markdown", ".txt", ".bib", ".ris", ".csv", ".list"];

    /// <summary>Expands folders (recursively, sorted, known extensions only) and keeps files as given.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => KnownExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else diagnostics.Add(new Diagnostic(p, 0, Severity.Error, "input not found: expected an existing file or folder", "PUB001"));
        }
        return files;
    }

    /// <summary>Imports one document with the given importer (or the best one), never throwing.</summary>
    public (ImportResult Result, string Importer) ImportDocument(SourceDocument document, string? importerName = null)
    {
        var importer = importerName is null ? registry.Choose(document) : registry.Find(importerName);
        if (importer is null)
            return (new ImportResult([], [new Diagnostic(document.File, 0, Severity.Error,
                importerName is null ? "no importer recognises this file; expected a reading list, BibTeX, RIS, CSV or a list of arXiv ids" : $"unknown importer '{importerName}'", "PUB002")], []), "none");
        ImportResult result;
        try
        {
            result = importer.Import(document);
        }
        catch (Exception e)
        {
            // An importer bug must not cost the user the other files; report it like bad input.
            return (new ImportResult([], [new Diagnostic(document.File, 0, Severity.Error,
                $"importer '{importer.Name}' failed: {e.GetType().Name}: {e.Message}; please report this with the file", "PUB003")], []), importer.Name);
        }
        if (importer.IsStructured) return (result, importer.Name);
        try
        {
            return (CoveragePass.Apply(document, result), importer.Name);
        }
        catch (Exception e)
        {
            // A recogniser bug must not cost the user what the style importer already read.
            return (result with { Diagnostics = [.. result.Diagnostics, new Diagnostic(document.File, 0, Severity.Error,
                $"the coverage check failed: {e.GetType().Name}: {e.Message}; entries the style importer missed may be absent; please report this with the file", "PUB229")] }, importer.Name);
        }
    }

    /// <summary>Files at least this big are streamed when their importer can (see <see cref="IStreamingImporter"/>).</summary>
    public long StreamingThreshold { get; init; } = 32L << 20;

    /// <summary>
    /// The streaming importer for a UTF-8 file, chosen (or found by <paramref name="importerName"/>) from
    /// its first 256 KB; null when the file is in another encoding or its importer reads whole documents.
    /// </summary>
    public IStreamingImporter? ChooseStreaming(string file, string display, string? importerName, out string encoding)
    {
        var head = new byte[256 * 1024];
        int read;
        using (var fs = File.OpenRead(file)) read = fs.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        // Cut at the last newline so the sample never ends inside a UTF-8 sequence.
        var cut = read == 0 ? -1 : Array.LastIndexOf(head, (byte)'\n', read - 1);
        var sample = TextDecoder.Decode(head.AsSpan(0, cut > 0 && read == head.Length ? cut + 1 : read), display);
        encoding = sample.Encoding;
        if (sample.Encoding is not ("utf-8" or "utf-8-bom")) return null;
        var doc = new SourceDocument(display, sample.Text, sample.Encoding);
        return (importerName is null ? registry.Choose(doc) : registry.Find(importerName)) as IStreamingImporter;
    }

    // A large UTF-8 file whose importer reads in chunks is never held whole in memory: the encoding
    // and the importer are chosen from its first 256 KB, then it is read line by line.
    private bool TryImportStreamed(string file, string display, string? importerName, Action<IReadOnlyList<Entry>> take, List<Diagnostic> diagnostics, List<InputSummary> inputs)
    {
        var info = new FileInfo(file);
        if (info.Length < StreamingThreshold) return false;
        if (ChooseStreaming(file, display, importerName, out var encoding) is not { } streaming) return false;
        var count = 0;
        using var reader = new StreamReader(file, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        try
        {
            // Small chunks: fewer entries alive at each collection.
            streaming.ImportStream(reader, display, 1_000, chunk =>
            {
                take(chunk.Entries);
                diagnostics.AddRange(chunk.Diagnostics);
                count += chunk.Entries.Count;
            });
        }
        // A cancelled hand-off (the consumer of the parts failed) must stop the whole import, not read as this file's fault.
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException or OperationCanceledException))
        {
            diagnostics.Add(new Diagnostic(display, 0, Severity.Error, $"importer '{streaming.Name}' failed: {e.GetType().Name}: {e.Message}; please report this with the file", "PUB003"));
        }
        inputs.Add(new InputSummary { File = display, Importer = streaming.Name, Encoding = encoding, Entries = count });
        return true;
    }

    /// <summary>Reads every input and returns the merged catalog.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="importerName">Force one importer instead of detecting.</param>
    /// <param name="progress">Receives each file name as it is read.</param>
    /// <param name="displayBase">Paths in provenance are shown relative to this folder (default: the current one), so catalogs do not depend on where a checkout lives.</param>
    public Catalog Import(IEnumerable<string> paths, string? importerName = null, IProgress<string>? progress = null, string? displayBase = null)
    {
        var entries = new List<Entry>();
        var (inputs, tables, diagnostics) = Read(paths, importerName, progress, displayBase, entries.AddRange);
        var merged = EntryMerger.Merge(entries, diagnostics);
        return new Catalog { Inputs = inputs, Entries = merged, Tables = tables, Diagnostics = diagnostics };
    }

    /// <summary>
    /// Reads every input like <see cref="Import"/> and writes the merged catalog to <paramref name="catalogPath"/>
    /// (the same bytes <see cref="CatalogJson.Save(Catalog, string)"/> writes for what <see cref="Import"/> returns),
    /// holding the entries as catalog bytes rather than objects until then; returns the catalog without its entries, and how many it has.
    /// </summary>
    public (Catalog WithoutEntries, int Entries) ImportToFile(IEnumerable<string> paths, string catalogPath, string? importerName = null, IProgress<string>? progress = null, string? displayBase = null)
    {
        var keys = new MergeKeys();
        using var store = new EntryJsonStore();
        // Serialising the entries (about as long as parsing them) runs on another core while the next part is
        // parsed; one consumer keeps the parts in order, and the bounded queue keeps few entries alive.
        var (inputs, tables, diagnostics) = PartHandOff.Run<IReadOnlyList<Entry>, (List<InputSummary>, List<SourceTable>, List<Diagnostic>)>(
            capacity: 2,
            take => Read(paths, importerName, progress, displayBase, take),
            part =>
            {
                foreach (var e in part)
                {
                    keys.Add(e);
                    store.Add(EntryMerger.Canonical(e));
                }
            });
        var plan = EntryMerger.Plan(keys, store.Get, diagnostics);
        var order = new (int Index, string Id)[plan.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = (plan[i].Combined is { } combined ? store.Add(combined) : plan[i].Index, plan[i].Id);
        var catalog = new Catalog { Inputs = inputs, Tables = tables, Diagnostics = diagnostics };
        CatalogJson.Save(catalog, store, order, catalogPath);
        return (catalog, order.Length);
    }

    // Reads every input, handing entries to take as they come.
    private (List<InputSummary> Inputs, List<SourceTable> Tables, List<Diagnostic> Diagnostics) Read(IEnumerable<string> paths, string? importerName, IProgress<string>? progress, string? displayBase, Action<IReadOnlyList<Entry>> take)
    {
        var baseDir = Path.GetFullPath(displayBase ?? Directory.GetCurrentDirectory());
        var diagnostics = new List<Diagnostic>();
        var files = ExpandInputs(paths, diagnostics);
        var tables = new List<SourceTable>();
        var inputs = new List<InputSummary>();
        foreach (var file in files)
        {
            progress?.Report(file);
            var relative = Path.GetRelativePath(baseDir, Path.GetFullPath(file));
            var display = (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(file) : relative).Replace('\\', '/');
            try
            {
                if (TryImportStreamed(file, display, importerName, take, diagnostics, inputs)) continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(display, 0, Severity.Error, $"cannot read file: {e.Message}", "PUB004"));
                continue;
            }
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(display, 0, Severity.Error, $"cannot read file: {e.Message}", "PUB004"));
                continue;
            }
            var decoded = TextDecoder.Decode(bytes, display);
            diagnostics.AddRange(decoded.Diagnostics);
            var doc = new SourceDocument(display, decoded.Text, decoded.Encoding);
            var (result, name) = ImportDocument(doc, importerName);
            take(result.Entries);
            tables.AddRange(result.Tables);
            diagnostics.AddRange(result.Diagnostics);
            inputs.Add(new InputSummary
            {
                File = display, Importer = name, Encoding = decoded.Encoding, Entries = result.Entries.Count,
                RepairedChars = decoded.RepairedChars, UnrepairedChars = decoded.UnrepairedChars, UncertainChars = decoded.UncertainChars,
                PaperLinks = result.Coverage?.Seen, PaperLinksTaken = result.Coverage?.Taken, PaperLinksReported = result.Coverage?.Reported,
            });
        }
        return (inputs, tables, diagnostics);
    }
}
