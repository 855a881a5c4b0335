using Markdig;
using Markdig.Syntax;
using Publisher.Model;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Tests;

/// <summary>Pandoc citation syntax parsed from Markdown (fixtures: input beside the expected citations) and keys resolved against a catalog.</summary>
public sealed class CitationInlineParserTests
{
    public static TheoryData<string> Fixtures() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Citations"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_Fixture_FindsExpectedCitations(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Citations");
        var document = Markdown.Parse(File.ReadAllText(Path.Combine(dir, name + ".md")), Handbook.HandbookMarkdown.Pipeline);
        var actual = document.Descendants().OfType<CitationInline>()
            .Select(c => $"{c.Line + 1} {(c.Bracketed ? "[]" : "@")} " + string.Join(" | ", c.Items.Select(Format)))
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(dir, name + ".expected.txt")).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);

        static string Format(CitationItem i) => i.Prefix.Length == 0 && i.Locator.Length == 0 ? i.Key : $"{i.Prefix}/{i.Key}/{i.Locator}";
    }

    [Theory]
    [InlineData("arxiv:2401.00007")]
    [InlineData("2401.00007")]
    [InlineData("arxiv:2401.00007v2")]
    [InlineData("fictor2024invented")]
    [InlineData("10.1000/invented.7")]
    [InlineData("doi:10.1000/INVENTED.7")]
    public void ByKey_IdArxivBibTeXKeyOrDoi_FindsEntry(string key)
    {
        var resolver = new CitationResolver([Invented(), new Entry { Id = "title:other", Title = "Another Invented Work" }]);
        Assert.Equal("arxiv:2401.00007", resolver.ByKey(key)?.Id);
    }

    [Fact]
    public void ByKey_UnknownKey_ReturnsNull() =>
        Assert.Null(new CitationResolver([Invented()]).ByKey("nosuch2024key"));

    [Theory]
    [InlineData("An Invented Method for Testing Citations")]
    [InlineData("an invented method for testing citations.")]
    [InlineData("ＡＮ Invented Method for Testing Citations")]
    [InlineData("InventNet: An Invented Method for Testing Citations")]
    [InlineData("An Invented Methods for Testing Citation")]
    public void ByTitles_NormalisedTitle_FindsEntry(string title) =>
        Assert.Equal(["arxiv:2401.00007"], new CitationResolver([Invented()]).ByTitles(title).Select(e => e.Id));

    [Fact]
    public void ByTitles_DifferentTitle_FindsNothing() =>
        Assert.Empty(new CitationResolver([Invented()]).ByTitles("An Invented Method for Testing Footnotes"));

    [Fact]
    public void ByTitles_SeveralTitlesInOneLink_FindsEach()
    {
        var resolver = new CitationResolver([Invented(), new Entry { Id = "title:other", Title = "Another Invented Work" }]);
        Assert.Equal(["arxiv:2401.00007", "title:other"], resolver.ByTitles("An Invented Method for Testing Citations、Another Invented Work").Select(e => e.Id));
        Assert.Empty(resolver.ByTitles("An Invented Method for Testing Citations, A Work Nobody Wrote"));
    }

    // Invented record: no real paper has this id, DOI or title.
    private static Entry Invented() => new()
    {
        Id = "arxiv:2401.00007",
        Title = "An Invented Method for Testing Citations",
        Authors = [Person.Of("Ada", "Fictor")],
        Date = new PartialDate(2024),
        ArxivId = ArxivId.Parse("2401.00007v1"),
        Doi = Doi.Parse("10.1000/invented.7"),
    };
}
