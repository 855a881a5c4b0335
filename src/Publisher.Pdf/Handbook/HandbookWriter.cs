using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>Writes the PDF handbook of a catalog. The one entry point of Publisher.Pdf.</summary>
public static class HandbookWriter
{
    /// <summary>The book's structure (chapters, sections, entry order) without rendering it.</summary>
    public static HandbookPlan Plan(Catalog catalog, HandbookOptions options) => HandbookPlanner.Plan(catalog, options);

    /// <summary>Renders the handbook into a stream. A character no shipped font can draw is reported as an error naming it, and nothing is written.</summary>
    public static HandbookResult Write(Catalog catalog, HandbookOptions options, Stream output)
    {
        var diagnostics = new List<Diagnostic>();
        var composer = new HandbookComposer(catalog, options, diagnostics);
        RenderInfo info;
        try
        {
            // Composing shapes text too (catalog chapters are shaped while formulas are typeset). Render writes
            // to the output only once the whole PDF is made, so a failure leaves the output untouched.
            var document = composer.Compose();
            info = document.Render(output, options.Progress);
        }
        catch (MissingGlyphException e)
        {
            diagnostics.Add(new Diagnostic("handbook", 0, Severity.Error, e.Message, "handbook-notdef"));
            return new HandbookResult(0, 0, 0, 0, diagnostics);
        }
        return new HandbookResult(info.PageCount, composer.Plan.Entries.Count(), composer.Plan.Chapters.Count, info.Bytes, diagnostics);
    }

    /// <summary>Renders the handbook to a file, atomically (temp file + rename); on error the old file stays.</summary>
    public static HandbookResult WriteFile(Catalog catalog, HandbookOptions options, string path)
    {
        using var buffer = new MemoryStream();
        var result = Write(catalog, options, buffer);
        if (result.Succeeded) AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        return result;
    }
}
