using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Model.Tests;

// Synthetic record: invented title and id.
public class CatalogJsonTests
{
    private static Catalog Sample() => new()
    {
        Entries =
        [
            new Entry
            {
                Id = "arxiv:2401.00001", Kind = EntryKind.Preprint, Title = "A Synthetic Study of Invented Things",
                TitleAlt = [new AltTitle("一项虚构的研究", "zh")], Authors = [Person.Of("Jane", "Doe"), Person.OfLiteral("Example Lab"), Person.Others],
                Date = new PartialDate(2024, 1), ArxivId = ArxivId.Parse("2401.00001v2"), Doi = Doi.Parse("10.9999/example.1"),
                Links = [new Link(LinkKind.Code, "https://github.com/example/invented", "code")], Topics = ["测试 / 子主题"],
                Summaries = [new Summary("虚构的摘要。", "zh", "list.md")], Sources = [new SourceRef("list.md", 12, "digest")],
            },
        ],
        Diagnostics = [new Diagnostic("list.md", 3, Severity.Warning, "expected a title")],
    };

    [Fact]
    public void Serialize_RoundTrip_IsByteIdentical()
    {
        var json = CatalogJson.Serialize(Sample());
        var again = CatalogJson.Serialize(CatalogJson.Deserialize(json));
        Assert.Equal(json, again);
    }

    [Fact]
    public void Serialize_Entry_HasDocumentedFieldNames()
    {
        var json = CatalogJson.Serialize(Sample());
        foreach (var field in new[] { "\"id\"", "\"kind\": \"preprint\"", "\"title\"", "\"titleAlt\"", "\"authors\"", "\"given\": \"Jane\"", "\"literal\": \"Example Lab\"",
                     "\"year\": 2024", "\"arxivId\": \"2401.00001v2\"", "\"doi\"", "\"links\"", "\"kind\": \"code\"", "\"topics\"", "\"summaries\"", "\"sources\"", "\"line\": 12",
                     "\"severity\": \"warning\"", "\"schema\": \"publisher-catalog/1\"", "一项虚构的研究" })
            Assert.Contains(field, json);
        Assert.DoesNotContain("isOthers", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Deserialize_YearOnly_SetsDate()
    {
        var c = CatalogJson.Deserialize("""{"schema":"publisher-catalog/1","entries":[{"id":"x","title":"T","year":2021}]}""");
        Assert.Equal(2021, c.Entries[0].Year);
    }

    [Fact]
    public void Deserialize_BadArxivId_ThrowsWithLine()
    {
        var e = Assert.Throws<CatalogFormatException>(() => CatalogJson.Deserialize("{\"schema\":\"publisher-catalog/1\",\n\"entries\":[{\"arxivId\":\"nope\"}]}", "c.json"));
        Assert.StartsWith("c.json:2:", e.Message);
    }
}
