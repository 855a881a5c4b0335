using Publisher.Model;
using Publisher.Pdf.Handbook;

namespace Publisher.Pdf.Tests;

/// <summary>Chapter mapping: order, merges, renames, which topics; entries in source order. Entries are invented.</summary>
public sealed class HandbookPlannerTests
{
    private static Entry E(string id, string topic, int line) => new()
    {
        Id = id, Title = $"A Synthetic Study {id}", Topics = [topic], Sources = [new SourceRef("a.md", line)],
    };

    private static readonly Catalog Catalog = new()
    {
        Inputs = [new InputSummary { File = "a.md", Importer = "x", Encoding = "utf-8" }],
        Entries =
        [
            E("title:c", "Agents / Tools", 30), E("title:a", "Reasoning / CoT", 10), E("title:b", "Vision", 20),
            E("title:d", "Reasoning", 5), E("title:e", "Agents", 40),
        ],
    };

    [Fact]
    public void Plan_NoConfig_ChaptersInSourceOrderUntitledSectionFirst()
    {
        var plan = HandbookPlanner.Plan(Catalog, new HandbookOptions());
        Assert.Equal(["Reasoning", "Vision", "Agents"], plan.Chapters.Select(c => c.Title));
        Assert.Equal(["title:d", "title:a"], plan.Chapters[0].Entries.Select(e => e.Id));
        Assert.Equal(["", "1.1"], plan.Chapters[0].Sections.Select(s => s.Number));
        Assert.Equal("CoT", plan.Chapters[0].Sections[1].Title);
        Assert.Equal(["title:e", "title:c"], plan.Chapters[2].Entries.Select(e => e.Id));
        Assert.Equal(1, plan.ReferenceNumbers["title:d"]);
    }

    [Fact]
    public void Plan_ConfiguredChapters_MergeRenameAndOrder()
    {
        var options = new HandbookOptions { Chapters = [new ChapterSpec("Agents and Vision", ["agents", "Vision"]), new ChapterSpec("Thinking", ["Reasoning"])] };
        var plan = HandbookPlanner.Plan(Catalog, options);
        Assert.Equal(["Agents and Vision", "Thinking"], plan.Chapters.Select(c => c.Title));
        Assert.Equal(["title:b", "title:e", "title:c"], plan.Chapters[0].Entries.Select(e => e.Id));
        Assert.Equal("2.1", plan.Chapters[1].Sections.Single(s => s.Title == "CoT").Number);
    }

    [Fact]
    public void Plan_OnlyListedTopics_DropsOthers()
    {
        var options = new HandbookOptions { Chapters = [new ChapterSpec("Reasoning", ["Reasoning / CoT"])], IncludeUnmappedTopics = false };
        var plan = HandbookPlanner.Plan(Catalog, options);
        Assert.Equal(["title:a"], plan.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData(BibliographyOrder.FirstCitation, "title:e,title:b,title:d,title:a,title:c")]
    [InlineData(BibliographyOrder.Author, "title:a,title:b,title:c,title:d,title:e")]
    public void Plan_MarkdownChapterCites_BibliographyNumbersFollowOrder(BibliographyOrder order, string expected)
    {
        // Authors a..e in alphabetical order; the chapter cites e then b; print order is d, a, b, c, e.
        var catalog = Catalog with
        {
            Entries = Catalog.Entries.Select(e => e with { Authors = [Person.Of("Ann", "Family" + e.Id[^1])] }).ToList(),
        };
        var chapter = new FrontMatterChapter("c.md", "# Cites\n\nFirst [@title:e], then [A Synthetic Study title:b](#) and again [@title:e].\n");
        var plan = HandbookPlanner.Plan(catalog, new HandbookOptions { Chapters = [ChapterSpec.FromMarkdown(chapter)], BibliographyOrder = order });
        Assert.Equal(["title:e", "title:b"], plan.Cited);
        Assert.Equal(expected.Split(','), plan.Bibliography.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(1, 5), plan.Bibliography.Select(e => plan.ReferenceNumbers[e.Id]));
        Assert.Equal(1, plan.Chapters[0].Number);
        Assert.NotNull(plan.Chapters[0].Markdown);
    }
}
