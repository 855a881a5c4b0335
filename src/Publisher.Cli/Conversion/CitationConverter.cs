using System.Text;
using Publisher.Importers;
using Publisher.Importers.Decoding;
using Publisher.Importers.Merge;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Writers;

namespace Publisher.Cli.Conversion;

/// <summary>
/// <c>publisher convert</c>: one citation file to another format, entry for entry, without a catalog.
/// UTF-8 inputs whose importer reads in parts (BibTeX, RIS, CSV, CSL-JSON) stream through a writer
/// session part by part, so memory stays flat whatever the size; other inputs are read whole. Entries
/// are not merged (a conversion keeps what the file says). The output is written atomically.
/// </summary>
internal static class CitationConverter
{
    /// <summary>Entries per part handed from reader to writer.</summary>
    public const int PartSize = 1_000;

    /// <summary>
    /// Entries per part for BibTeX output: keys are disambiguated within a part (<c>a</c>, <c>b</c> …), so its parts
    /// keep the size keys have always been assigned over and the same input keeps its keys.
    /// </summary>
    public const int BibTeXPartSize = 5_000;

    /// <summary>Diagnostics kept for the report; a broken million-entry file must not fill memory with messages.</summary>
    public const int MaxKeptDiagnostics = 1_000;

    /// <summary>Converts <paramref name="input"/> into <paramref name="output"/>.</summary>
    public static ConversionResult Convert(string input, ICitationWriter writer, string output, CitationWriterOptions options,
        string? importerName = null)
    {
        var display = input.Replace('\\', '/');
        var importers = new CatalogImporter(ImporterRegistry.CreateDefault());
        var diagnostics = new List<Diagnostic>();
        long entries = 0, errors = 0;
        var importer = "none";
        // RIS has no id field: its entries need none.
        var writesIds = writer is not IStreamingCitationWriter { WritesIds: false };

        void OnPart(ImportResult part, Action<IReadOnlyList<Entry>> write)
        {
            foreach (var d in part.Diagnostics)
            {
                if (d.Severity == Severity.Error) errors++;
                if (diagnostics.Count < MaxKeptDiagnostics) diagnostics.Add(d);
            }
            if (part.Entries.Count == 0) return;
            if (!writesIds)
            {
                write(part.Entries);
                entries += part.Entries.Count;
                return;
            }
            // Writers key and sort by id; the importers leave ids to the merge, which a conversion skips.
            var withIds = new Entry[part.Entries.Count];
            for (var i = 0; i < withIds.Length; i++)
                withIds[i] = part.Entries[i].Id.Length > 0 ? part.Entries[i] : part.Entries[i] with { Id = EntryMerger.MakeId(part.Entries[i]) };
            write(withIds);
            entries += withIds.Length;
        }

        void Read(Action<ImportResult> onPart)
        {
            var streaming = importers.ChooseStreaming(input, display, importerName, out _);
            if (streaming is not null)
            {
                importer = streaming.Name;
                using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
                // Small parts: fewer entries are alive at each collection, which is most of the cost of a big file.
                streaming.ImportStream(reader, display, writer is Writers.BibTeX.BibTeXWriter ? BibTeXPartSize : PartSize, onPart);
                return;
            }
            // Another encoding (UTF-16, GB18030) or a reading list: decode and read the whole file.
            var decoded = TextDecoder.Decode(File.ReadAllBytes(input), display);
            var (result, name) = importers.ImportDocument(new SourceDocument(display, decoded.Text, decoded.Encoding), importerName);
            importer = name;
            onPart(result with { Diagnostics = [.. decoded.Diagnostics, .. result.Diagnostics] });
        }

        try
        {
            AtomicFile.Write(output, stream =>
            {
                if (writer is IStreamingCitationWriter streamingWriter)
                {
                    using var session = streamingWriter.Begin(stream, options);
                    Read(part => OnPart(part, session.Write));
                    if (entries == 0) throw new NothingToWriteException();
                    session.Complete();
                }
                else
                {
                    // A writer that needs the whole library at once (none of the built-in ones) gets it.
                    var all = new List<Entry>();
                    Read(part => OnPart(part, all.AddRange));
                    if (entries == 0) throw new NothingToWriteException();
                    using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    writer.Write(new Catalog { Entries = all }, text, options);
                }
            });
        }
        catch (NothingToWriteException)
        {
            errors++;
            diagnostics.Add(new Diagnostic(display, 0, Severity.Error,
                $"no citations found (read as '{importer}'); expected BibTeX, RIS, CSV or CSL-JSON — nothing was written", "PUB330"));
            return new ConversionResult(importer, 0, diagnostics, errors, Written: false);
        }
        return new ConversionResult(importer, entries, diagnostics, errors, Written: true);
    }

    // Aborts the atomic write, so an input without entries leaves any previous output untouched.
    private sealed class NothingToWriteException : Exception;
}
