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

    [Fact]
    public void Write_Seed004AsChapter_ResolvesTitleCitationsAndTypesetsItsFormulas()
    {
        var catalog = new CatalogImporter(ImporterRegistry.CreateDefault()).Import([RepoPaths.SeedsDirectory]);
        var seed = RepoPaths.Seed("004");
        var chapter = new FrontMatterChapter("004.txt", File.ReadAllText(seed)) { BaseDirectory = Path.GetDirectoryName(seed) };
        var options = new HandbookOptions { Title = "Seed Survey", Created = HandbookFixture.Created, Chapters = [ChapterSpec.FromMarkdown(chapter)] };
        var path = Path.Combine(Path.GetTempPath(), $"publisher-seed-survey-{Environment.ProcessId}.pdf");
        try
        {
            var result = HandbookWriter.WriteFile(catalog, options, path);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Model.Severity.Error)));
            ExternalTools.AssertQpdfCheck(path);
            var plan = HandbookWriter.Plan(catalog, options);
            // The survey importer took its entries from these very [Title](#) links, so (nearly) all resolve.
            var unresolved = result.Diagnostics.Count(d => d.Code == "handbook-cite");
            Assert.True(plan.Cited.Count >= 90, $"{plan.Cited.Count} works cited, {unresolved} unresolved");
            Assert.True(unresolved <= plan.Cited.Count / 10, $"{unresolved} unresolved of {plan.Cited.Count}:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Code == "handbook-cite").Select(d => $"{d.Line}: {d.Message}")));
            // The survey's formulas (scaling laws, attention, FFN, RLHF losses) all typeset.
            var rejected = result.Diagnostics.Where(d => d.Code == "handbook-math").Select(d => d.Message).ToList();
            Assert.True(rejected.Count == 0, string.Join("\n", rejected));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
