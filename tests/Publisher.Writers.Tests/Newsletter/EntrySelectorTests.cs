using Publisher.Model;
using Publisher.Writers.Newsletter;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Which entries a new issue takes, and in which order.</summary>
public class EntrySelectorTests
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
    private static Catalog Mixed => NewsletterTestKit.LoadCatalog("mixed");

    private static List<string> Ids(NewsletterSelection selection, IReadOnlySet<string>? published = null) =>
        EntrySelector.Select(Mixed, selection, published ?? None).Select(e => e.Id).ToList();

    [Fact]
    public void Select_Default_NewestFirstGroupedByTopicUndatedLastInSourceOrder()
    {
        Assert.Equal(
        [
            "arxiv:2401.00001", "arxiv:2401.00002",             // 2024-01-15, 2024-01-10 (RLHF)
            "arxiv:2312.00005",                                 // arXiv published 2023-12-20 beats catalog date 2023-12
            "title:2024. a numbered title", "repo:github.com/example/tool", // 2023-11, then undated (same topic)
            "title:an untitled-topic synthetic note",           // undated, no topic
        ], Ids(new NewsletterSelection()));
    }

    [Fact]
    public void Select_UndatedEntries_OrderedByFirstSeenInputThenLine()
    {
        // Synthetic entries without dates: input order wins over line, line over id.
        Entry Undated(string id, string file, int line) => new() { Id = id, Title = "Synthetic " + id, Sources = [new SourceRef(file, line)] };
        var catalog = new Catalog
        {
            Inputs = [new InputSummary { File = "b.md", Importer = "x", Encoding = "utf-8" }, new InputSummary { File = "a.md", Importer = "x", Encoding = "utf-8" }],
            Entries = [Undated("title:1", "a.md", 1), Undated("title:2", "b.md", 9), Undated("title:3", "b.md", 2), Undated("title:0", "b.md", 2)],
        };

        var ids = EntrySelector.Select(catalog, new NewsletterSelection(), None).Select(e => e.Id);

        Assert.Equal(["title:0", "title:3", "title:2", "title:1"], ids);
    }

    [Fact]
    public void Select_DateWindow_KeepsDatedEntriesInsideOnly()
    {
        var ids = Ids(new NewsletterSelection { Since = new DateOnly(2023, 12, 1), Until = new DateOnly(2024, 1, 12) });
        Assert.Equal(["arxiv:2401.00002", "arxiv:2312.00005"], ids);
    }

    [Theory]
    [InlineData("evaluation", "arxiv:2312.00005")]
    [InlineData("Alignment / Evaluation", "arxiv:2312.00005")]
    [InlineData("Alignment", "arxiv:2312.00005")]
    [InlineData("大语言模型调优", "title:2024. a numbered title,repo:github.com/example/tool")]
    public void Select_TopicFilter_MatchesPathOrSegment(string topic, string expected)
    {
        Assert.Equal(expected.Split(','), Ids(new NewsletterSelection { Topics = [topic] }));
    }

    [Fact]
    public void Select_Max_TakesNewestThenGroups()
    {
        Assert.Equal(["arxiv:2401.00001", "arxiv:2401.00002", "arxiv:2312.00005"], Ids(new NewsletterSelection { Max = 3 }));
    }

    [Fact]
    public void Select_AlreadyPublished_LeftOut()
    {
        var ids = Ids(new NewsletterSelection(), new HashSet<string> { "arxiv:2401.00001", "arxiv:2312.00005" });
        Assert.DoesNotContain("arxiv:2401.00001", ids);
        Assert.DoesNotContain("arxiv:2312.00005", ids);
        Assert.Equal(4, ids.Count);
    }
}
