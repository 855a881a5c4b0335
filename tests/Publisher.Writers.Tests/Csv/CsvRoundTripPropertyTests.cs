using System.Text;
using Publisher.Importers;
using Publisher.Importers.Csv;
using Publisher.Importers.Decoding;
using Publisher.Model;
using Publisher.Writers.Csv;

namespace Publisher.Writers.Tests.Csv;

/// <summary>
/// Generated entries full of the characters CSV and our list convention must survive (separators,
/// quotes, backslashes, line breaks, formula starts, CJK, accents). Seeded, so failures reproduce.
/// </summary>
public class CsvRoundTripPropertyTests
{
    private const string TextAlphabet = "abcXYZ éü中文；;,\"'\\\n=+-@#:/()[]{}0123456789";
    private const string NameAlphabet = "abcdefgXYZéüñ'-.";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RoundTrip_GeneratedEntries_PreserveTextFields(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 150).Select(i => Generate(random, i)).ToList();
        using var ms = new MemoryStream();
        new CsvCatalogWriter().Write(new Catalog { Entries = entries }, ms);
        var decoded = TextDecoder.Decode(ms.ToArray(), "gen.csv");
        var result = new CsvImporter().Import(new SourceDocument("gen.csv", decoded.Text, decoded.Encoding));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity != Severity.Info));
        Assert.Equal(entries.Count, result.Entries.Count);
        foreach (var (want, got) in entries.Zip(result.Entries))
        {
            Assert.Equal(want.Title, got.Title);
            Assert.Equal(want.TitleAlt, got.TitleAlt);
            Assert.Equal(want.Authors, got.Authors);
            Assert.Equal(want.Venue, got.Venue);
            Assert.Equal(want.Topics, got.Topics);
            Assert.Equal(want.Tags, got.Tags);
            Assert.Equal(want.Links.Select(l => (l.Kind, l.Url)), got.Links.Select(l => (l.Kind, l.Url)));
            Assert.Equal(want.Summaries.Select(s => (s.Text, s.Language)), got.Summaries.Select(s => (s.Text, s.Language)));
        }
    }

    // Synthetic entries: random text, never real metadata.
    private static Entry Generate(Random r, int i) => new()
    {
        Id = $"title:gen-{i}",
        Kind = EntryKind.Paper,
        Title = Text(r, 1, 40),
        TitleAlt = [new AltTitle(Text(r, 1, 20), "zh")],
        Authors = [.. Enumerable.Range(0, r.Next(0, 4)).Select(_ => Name(r))],
        Venue = r.Next(2) == 0 ? null : Text(r, 1, 15),
        Topics = [.. Enumerable.Range(0, r.Next(0, 3)).Select(_ => Text(r, 1, 15))],
        Tags = [.. Enumerable.Range(0, r.Next(0, 3)).Select(_ => Text(r, 1, 8))],
        Links = [new Link(LinkKind.Code, $"https://example.org/{i}?q=a;b\\c")],
        Summaries = [new Summary(Text(r, 1, 60), "zh", "gen.csv"), new Summary(Text(r, 1, 60), "en", "gen.csv")],
    };

    private static Person Name(Random r) => r.Next(3) switch
    {
        0 => Person.OfLiteral(Word(r, "组织机构甲乙丙", 2, 6)),
        1 => new Person { Family = Word(r, NameAlphabet, 1, 10).Trim('.', '-', '\''), Given = Word(r, NameAlphabet, 1, 8).Trim('.', '-', '\'') } is { Family.Length: > 0, Given.Length: > 0 } p ? p : Person.Of("Ann", "Example"),
        _ => new Person { Family = "Berg", Given = "Anna", Particle = "van der" },
    };

    private static string Text(Random r, int min, int max)
    {
        string t;
        do
        {
            t = Word(r, TextAlphabet, min, max).Trim();
            // Text starting with ' and a formula character is the one form the spreadsheet escape cannot tell apart.
        } while (t.Length == 0 || t.StartsWith('\''));
        return t;
    }

    private static string Word(Random r, string alphabet, int min, int max)
    {
        var sb = new StringBuilder();
        var n = r.Next(min, max + 1);
        for (var k = 0; k < n; k++) sb.Append(alphabet[r.Next(alphabet.Length)]);
        return sb.ToString();
    }
}
