using Publisher.Importers;
using Publisher.Pdf.Handbook;
using Publisher.Testing;
using UglyToad.PdfPig;

namespace Publisher.Pdf.Tests;

/// <summary>The handbook of the five real seed lists, checked by qpdf and read back.</summary>
public sealed class SeedHandbookTests
{
    [Fact]
    public void Write_SeedsCatalog_PassesQpdfCheckAndListsEveryEntry()
    {
        var catalog = new CatalogImporter(ImporterRegistry.CreateDefault()).Import([RepoPaths.SeedsDirectory]);
        var options = new HandbookOptions { Title = "Seed Handbook", Created = HandbookFixture.Created };
        var path = Path.Combine(Path.GetTempPath(), $"publisher-seed-handbook-{Environment.ProcessId}.pdf");
        try
        {
            var result = HandbookWriter.WriteFile(catalog, options, path);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            ExternalTools.AssertQpdfCheck(path);

            using var doc = PdfDocument.Open(path);
            Assert.Equal(result.Pages, doc.NumberOfPages);
            var plan = HandbookWriter.Plan(catalog, options);
            Assert.Equal(plan.Entries.Count(), result.Entries);
            var text = PdfReading.Squash(string.Join(" ", doc.GetPages().Select(p => PdfReading.ContentText(p))));
            var at = 0;
            foreach (var entry in plan.Entries.Where(e => e.Title.Length > 0))
            {
                var title = PdfReading.Squash(PdfText.Clean(entry.Title));
                var next = text.IndexOf(title, at, StringComparison.Ordinal);
                Assert.True(next >= at, $"title not found in order: {entry.Title}");
                at = next;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
