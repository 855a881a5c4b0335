using System.Text;
using Publisher.Importers;
using Publisher.Importers.Csv;
using Publisher.Importers.Decoding;
using Publisher.Importers.Merge;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers.Csv;

namespace Publisher.Writers.Tests.Csv;

public class CsvCatalogWriterTests
{
    public static TheoryData<string> Catalogs => FixtureAssert.Catalogs("Csv");

    private static byte[] Render(Catalog catalog, CsvCatalogWriterOptions? options = null)
    {
        using var ms = new MemoryStream();
        new CsvCatalogWriter(options).Write(catalog, ms);
        return ms.ToArray();
    }

    private static Catalog Load(string name) => CatalogJson.Load(Path.Combine(FixtureAssert.Dir("Csv"), name + ".catalog.json"));

    // What a user gets back when importing our CSV: decode like any input, read, merge.
    private static (IReadOnlyList<Entry> Entries, ImportResult Result) ReadBack(byte[] csv, string file = "library.csv")
    {
        var decoded = TextDecoder.Decode(csv, file);
        var doc = new SourceDocument(file, decoded.Text, decoded.Encoding);
        Assert.Equal("csv", ImporterRegistry.CreateDefault().Choose(doc)?.Name);
        var result = new CsvImporter().Import(doc);
        return (EntryMerger.Merge(result.Entries), result);
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Write_FixtureCatalog_MatchesExpectedFile(string name) =>
        FixtureAssert.Matches("Csv", name + ".expected.csv", Render(Load(name)));

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void RoundTrip_FixtureCatalog_PreservesEveryField(string name)
    {
        var catalog = Load(name);
        var (entries, result) = ReadBack(Render(catalog));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity != Severity.Info));
        Assert.Equal(catalog.Entries.Count, entries.Count);
        foreach (var (want, got) in catalog.Entries.Zip(entries))
        {
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Kind, got.Kind);
            Assert.Equal(want.Title, got.Title);
            Assert.Equal(want.TitleAlt, got.TitleAlt);
            Assert.Equal(want.Authors, got.Authors);
            Assert.Equal(want.Date, got.Date);
            Assert.Equal(want.Venue, got.Venue);
            Assert.Equal(want.ArxivId, got.ArxivId);
            Assert.Equal(want.Doi, got.Doi);
            Assert.Equal(want.Links.Select(l => (l.Kind, l.Url)), got.Links.Select(l => (l.Kind, l.Url)));
            Assert.Equal(want.Topics, got.Topics);
            Assert.Equal(want.Tags, got.Tags);
            foreach (var lang in new[] { "zh", "en" })
                Assert.Equal(string.Join("\n\n", want.Summaries.Where(s => s.Language == lang).Select(s => s.Text)),
                             string.Join("\n\n", got.Summaries.Where(s => s.Language == lang).Select(s => s.Text)));
            // The CSV row itself becomes one more provenance record.
            Assert.Equal(want.Sources.Select(s => (s.File, s.Line)), got.Sources.Where(s => s.Importer != "csv").Select(s => (s.File, s.Line)));
            Assert.Single(got.Sources, s => s.Importer == "csv");
        }
    }

    [Fact]
    public void Write_Default_StartsWithBomAndHeaderAndUsesCrlf()
    {
        var bytes = Render(new Catalog { Entries = [new Entry { Id = "title:x", Title = "A Synthetic Title" }] });
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,kind,title,title_zh,title_alt,authors,year,date,venue,arxiv_id,doi,links,topics,tags,summary_zh,summary_en,sources\r\n", text);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Write_NoBomOption_StartsWithHeader()
    {
        var bytes = Render(new Catalog(), new CsvCatalogWriterOptions { ByteOrderMark = false, NewLine = "\n" });
        Assert.Equal("id,kind,title,title_zh,title_alt,authors,year,date,venue,arxiv_id,doi,links,topics,tags,summary_zh,summary_en,sources\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Write_FormulaLikeTitle_IsEscapedForSpreadsheetsAndReadBackUnchanged()
    {
        var entry = new Entry { Id = "title:x", Title = "=SUM(A1:A2) is not a formula", Tags = ["-negative"] };
        var bytes = Render(new Catalog { Entries = [entry] });
        Assert.Contains(",'=SUM(A1:A2) is not a formula,", Encoding.UTF8.GetString(bytes).Replace("\"", ""));
        var (entries, _) = ReadBack(bytes);
        Assert.Equal(entry.Title, entries.Single().Title);
        Assert.Equal(entry.Tags, entries.Single().Tags);
    }

    [Theory]
    [InlineData("Vaswani", "Ashish", null, null, "Vaswani, Ashish")]
    [InlineData("Berg", "Anna", "van der", null, "van der Berg, Anna")]
    [InlineData("Doe", "John", null, "Jr.", "Doe, Jr., John")]
    [InlineData("Smith", "A.", null, null, "{Smith}, {A.}")]
    [InlineData("Plato", null, null, null, "Plato")]
    public void FormatPerson_SplitName_IsBibTeXOrderThatParsesBack(string family, string? given, string? particle, string? suffix, string expected)
    {
        var person = new Person { Family = family, Given = given, Particle = particle, Suffix = suffix };
        var text = CsvCatalogRowMap.FormatPerson(person);
        Assert.Equal(expected, text);
        Assert.Equal(person, PersonNameParser.Parse(text));
    }

    [Theory]
    [InlineData("Google DeepMind", "Google DeepMind")]
    [InlineData("张三", "张三")]
    [InlineData("BigScience Workshop", "{BigScience Workshop}")]
    public void FormatPerson_Literal_IsKeptAsIsOrBracedWhenAmbiguous(string literal, string expected)
    {
        var text = CsvCatalogRowMap.FormatPerson(Person.OfLiteral(literal));
        Assert.Equal(expected, text);
        Assert.Equal(Person.OfLiteral(literal), PersonNameParser.Parse(text));
    }
}
