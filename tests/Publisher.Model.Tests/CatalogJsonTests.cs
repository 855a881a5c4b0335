using System.Text.Json;
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

    // Every part of the schema, including the ones written by the serializer inside the hand-written writer.
    private static Catalog Rich()
    {
        var sample = Sample();
        var arxiv = new ArxivRecord
        {
            Id = ArxivId.Parse("2401.00001v2"), Title = "A Synthetic Study", Published = new DateOnly(2024, 1, 2), Updated = new DateOnly(2024, 2, 3),
            PrimaryCategory = "cs.CL", Categories = ["cs.CL", "cs.LG"], Comment = "invented", FetchedAt = new DateTimeOffset(2026, 12, 1, 4, 5, 6, 789, TimeSpan.Zero), MatchedBy = "id",
        };
        return sample with
        {
            Inputs = [new InputSummary { File = "list.md", Importer = "digest", Encoding = "gb18030", Entries = 2, RepairedChars = 3, UncertainChars = 1, PaperLinks = 4 }],
            Entries =
            [
                sample.Entries[0] with { Arxiv = arxiv, Venue = "Invented Conference \"Quoted\" <b>", Tags = ["t1", "标签"] },
                new Entry
                {
                    Id = "web:example", Kind = EntryKind.WebPage, Title = "Line\nbreak\tand \u0001 control",
                    Authors = [new Person { Given = "Jean", Particle = "de la", Family = "Fontaine", Suffix = "Jr" }, new Person { Family = "Solo" }],
                    Date = new PartialDate(2023, 5, 17), Links = [new Link(LinkKind.Pdf, "https://example.org/a.pdf"), new Link(LinkKind.Weights, "https://example.org/w", "weights")],
                },
                new Entry { Id = "noyear", Title = "No date" },
            ],
            Tables = [new SourceTable("list.md", 5, "Invented", ["a", "b"], [["1", "2"], ["3", "4"]])],
            Diagnostics = [.. sample.Diagnostics, new Diagnostic("list.md", 0, Severity.Info, "merged", "PUB100", "web:example")],
        };
    }

    [Fact]
    public void Serialize_EveryPart_WritesTheSerializersBytes()
    {
        var catalog = Rich();
        Assert.Equal(JsonSerializer.Serialize(catalog, CatalogJson.Options) + "\n", CatalogJson.Serialize(catalog));
    }

    [Fact]
    public void SaveThenLoad_EveryPart_ReadsBackTheSameCatalog()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(Rich(), path);
        Assert.Equal(CatalogJson.Serialize(Rich()), File.ReadAllText(path));
        Assert.Equal(JsonSerializer.Serialize(Rich(), CatalogJson.Options), JsonSerializer.Serialize(CatalogJson.Load(path), CatalogJson.Options));
        // Load falls back to the serializer when the fast reader gives up: the fast reader must read this itself.
        Assert.Equal(JsonSerializer.Serialize(Rich(), CatalogJson.Options), JsonSerializer.Serialize(FastRead(path), CatalogJson.Options));
    }

    private static Catalog FastRead(string path)
    {
        using var stream = File.OpenRead(path);
        var catalog = CatalogJsonReader.TryRead(stream);
        Assert.True(catalog is not null, $"the fast reader gave {path} up to the serializer");
        return catalog;
    }

    [Fact]
    public void Load_ManyEntriesAndOneLongerThanTheBuffer_ReadsWhatTheSerializerReads()
    {
        // Synthetic entries: several buffer refills, and one abstract of 3 MB that must grow the buffer.
        var entries = Enumerable.Range(0, 4000).Select(i => new Entry
        {
            Id = $"synthetic:{i}", Title = $"Invented Title {i} with ümlauts", Authors = [Person.Of("Ada", $"Example{i}")], Date = new PartialDate(2000 + i % 20, 1 + i % 12),
            Summaries = [new Summary(i == 2500 ? new string('x', 3 << 20) : $"Invented abstract {i}.", "en", "bench.bib")],
            Sources = [new SourceRef("bench.bib", i * 10 + 1, "bibtex")],
        }).ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(new Catalog { Entries = entries }, path);
        var expected = JsonSerializer.Deserialize<Catalog>(File.ReadAllText(path), CatalogJson.Options);
        var loaded = FastRead(path);
        Assert.Equal(4000, loaded.Entries.Count);
        Assert.Equal(JsonSerializer.Serialize(expected, CatalogJson.Options), JsonSerializer.Serialize(loaded, CatalogJson.Options));
    }

    /// <summary>Hand-written catalogs, including spellings only the serializer reads.</summary>
    public static TheoryData<string> Fixtures() => new(Directory.GetFiles(Path.Combine("Fixtures", "CatalogJson"), "*.catalog.json").Select(f => Path.GetFileName(f)).Order());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Load_HandWrittenCatalog_ReadsWhatTheSerializerReads(string file)
    {
        var path = Path.Combine("Fixtures", "CatalogJson", file);
        var expected = JsonSerializer.Deserialize<Catalog>(File.ReadAllText(path), CatalogJson.Options);
        var loaded = CatalogJson.Load(path);
        Assert.NotEmpty(loaded.Entries);
        Assert.Equal(JsonSerializer.Serialize(expected, CatalogJson.Options), JsonSerializer.Serialize(loaded, CatalogJson.Options));
        // Which path read it: the serializer-only fixture must make the fast reader give up, the other must not.
        using var stream = File.OpenRead(path);
        var fast = CatalogJsonReader.TryRead(stream);
        if (file.StartsWith("serializer-only", StringComparison.Ordinal)) Assert.Null(fast);
        else Assert.Equal(JsonSerializer.Serialize(expected, CatalogJson.Options), JsonSerializer.Serialize(fast, CatalogJson.Options));
    }

    [Fact]
    public void Load_BadArxivId_ThrowsWithLine()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "c.json");
        File.WriteAllText(path, "{\"schema\":\"publisher-catalog/1\",\n\"entries\":[{\"id\":\"a\"},\n{\"arxivId\":\"nope\"}]}");
        var e = Assert.Throws<CatalogFormatException>(() => CatalogJson.Load(path));
        Assert.StartsWith(path + ":3:", e.Message);
    }

    [Fact]
    public void TryStream_ManyEntries_HandsOverPartsInFileOrderAndKeepsNone()
    {
        // Synthetic entries: 2,500 in parts of 1,000 give parts of 1,000, 1,000 and 500.
        var entries = Enumerable.Range(0, 2500).Select(i => new Entry { Id = $"synthetic:{i:D4}", Title = $"Invented Title {i}", Sources = [new SourceRef("bench.bib", i + 1, "bibtex")] }).ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(new Catalog { Entries = entries, Diagnostics = [new Diagnostic("bench.bib", 3, Severity.Warning, "invented")] }, path);
        var parts = new List<IReadOnlyList<Entry>>();
        using var stream = File.OpenRead(path);
        var catalog = CatalogJson.TryStream(stream, path, 1000, parts.Add, out var count);
        Assert.NotNull(catalog);
        Assert.Empty(catalog.Entries);
        Assert.Single(catalog.Diagnostics);
        Assert.Equal(2500, count);
        Assert.Equal([1000, 1000, 500], parts.Select(p => p.Count));
        Assert.Equal(JsonSerializer.Serialize(CatalogJson.Load(path).Entries, CatalogJson.Options), JsonSerializer.Serialize(parts.SelectMany(p => p), CatalogJson.Options));
    }

    [Fact]
    public void TryStream_SpellingOnlyTheSerializerReads_ReturnsNull()
    {
        using var stream = File.OpenRead(Path.Combine("Fixtures", "CatalogJson", "serializer-only.catalog.json"));
        Assert.Null(CatalogJson.TryStream(stream, "serializer-only.catalog.json", 10, _ => { }, out _));
    }

    [Fact]
    public void TryStream_NotAPublisherSchema_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "c.json");
        File.WriteAllText(path, "{\"schema\":\"other/1\",\n\"entries\":[{\"id\":\"a\"}]}");
        using var stream = File.OpenRead(path);
        var e = Assert.Throws<CatalogFormatException>(() => CatalogJson.TryStream(stream, path, 10, _ => { }, out _));
        Assert.StartsWith(path + ":1:", e.Message);
    }

    [Fact]
    public void SaveFromStore_EveryPartInAnotherOrder_WritesTheBytesOfSave()
    {
        // Entries stored in reverse, written back in catalog order with their ids: the bytes Save writes.
        var catalog = Rich();
        using var store = new EntryJsonStore();
        var indexes = catalog.Entries.Reverse().Select(e => store.Add(e with { Id = "ignored" })).Reverse().ToList();
        var order = catalog.Entries.Select((e, i) => (indexes[i], e.Id)).ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(catalog, store, order, path);
        Assert.Equal(CatalogJson.Serialize(catalog), File.ReadAllText(path));
        Assert.Equal(JsonSerializer.Serialize(catalog.Entries[1] with { Id = "" }, CatalogJson.Options), JsonSerializer.Serialize(store.Get(indexes[1]), CatalogJson.Options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void SaveFromStore_FewOrNoEntriesAndNoOtherParts_WritesTheBytesOfSave(int count)
    {
        var catalog = new Catalog { Schema = null!, Inputs = null!, Tables = null!, Diagnostics = null!, Entries = [.. Sample().Entries.Take(count)] };
        using var store = new EntryJsonStore();
        var order = catalog.Entries.Select(e => (store.Add(e), e.Id)).ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(catalog, store, order, path);
        Assert.Equal(CatalogJson.Serialize(catalog), File.ReadAllText(path));
    }

    [Fact]
    public void SaveFromStore_EntryLargerThanABlock_WritesTheBytesOfSave()
    {
        var catalog = new Catalog { Entries = [new Entry { Id = "synthetic:big", Title = "Invented", Summaries = [new Summary(new string('x', 3 << 20), "en", "bench.bib")] }, .. Sample().Entries] };
        using var store = new EntryJsonStore();
        var order = catalog.Entries.Select(e => (store.Add(e), e.Id)).ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        CatalogJson.Save(catalog, store, order, path);
        Assert.Equal(CatalogJson.Serialize(catalog), File.ReadAllText(path));
    }
}
