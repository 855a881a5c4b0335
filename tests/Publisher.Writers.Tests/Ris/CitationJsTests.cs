using System.Text;
using System.Text.Json;
using Publisher.Model;
using Publisher.Testing;
using Publisher.Writers.BibTeX;
using Publisher.Writers.Ris;
using Publisher.Writers.Tests.BibTeX;
using Xunit.Abstractions;

namespace Publisher.Writers.Tests.Ris;

/// <summary>Our RIS and BibTeX read back by an independent parser (citation-js 0.8.2, pinned in tests/tools/citationjs).</summary>
public class CitationJsTests(ITestOutputHelper output)
{
    private sealed record Item(string? Title, string[] Authors, int? Year, string? Doi, string? Url);

    [Theory]
    [InlineData("ris")]
    [InlineData("bibtex")]
    public void CitationJs_ReadsOurFile_TitlesAuthorsYearsDoisUrlsMatch(string format)
    {
        if (ExternalTool.Require("node", output, "install Node.js (Debian package nodejs)") is not { } node) return;
        var tool = Path.Combine(RepoPaths.Root, "tests", "tools", "citationjs");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "@citation-js", "core")))
        {
            var message = $"citation-js is not installed; run 'npm ci' in {tool}";
            if (ExternalTool.InCi) Assert.Fail(message);
            output.WriteLine("SKIPPED: " + message);
            return;
        }
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var dir = ExternalTool.ScratchDirectory("citationjs-" + format);
        var file = Path.Combine(dir, format == "ris" ? "library.ris" : "library.bib");
        ICitationWriter writer = format == "ris" ? new RisWriter() : new BibTeXWriter();
        File.WriteAllText(file, CitationFixtures.Write(writer, catalog, CitationWriterOptions.Default), new UTF8Encoding(false));

        var (exit, json) = ExternalTool.Run(node, tool, "read.js", format, file);
        Assert.True(exit == 0, "citation-js failed:\n" + json);
        var items = JsonSerializer.Deserialize<Item[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.Equal(catalog.Entries.Count, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var (e, item) = (catalog.Entries[i], items[i]);
            var what = $"entry {i} ({e.Id})";
            Assert.True(e.Title == item.Title, $"{what}: citation-js title '{item.Title}', expected '{e.Title}'");
            Assert.True(ExpectedAuthors(e, format).SequenceEqual(item.Authors), $"{what}: authors [{string.Join("; ", item.Authors)}], expected [{string.Join("; ", ExpectedAuthors(e, format))}]");
            Assert.True(RisWriter.EffectiveDate(e)?.Year == item.Year, $"{what}: year {item.Year}");
            // Both formats carry arXiv's DataCite DOI when there is no other (BibTeX too since issue 13).
            var doi = e.Doi?.Value ?? e.ArxivId?.DataCiteDoi;
            Assert.True(string.Equals(doi, item.Doi, StringComparison.OrdinalIgnoreCase), $"{what}: DOI {item.Doi}, expected {doi}");
            var url = format == "ris" ? RisWriter.SplitLinks(e).Primary?.Url : BibTeXWriter.SplitLinks(e).Primary?.Url;
            Assert.True(url == item.Url, $"{what}: URL {item.Url}, expected {url}");
        }
    }

    private static IEnumerable<string> ExpectedAuthors(Entry e, string format) =>
        e.Authors.Where(p => format == "bibtex" || !p.IsOthers).Select(p =>
        {
            if (p.IsOthers) return "others";
            if (p.Family is null)
            {
                var literal = p.Literal ?? p.Given ?? "";
                // Known RIS limit: a comma cannot be escaped, so citation-js reads "X, Inc." as family "X".
                return format == "ris" && literal.Contains(',') ? literal[..literal.IndexOf(',')] : literal;
            }
            return p.Particle is null ? p.Family : p.Particle + " " + p.Family;
        });
}
