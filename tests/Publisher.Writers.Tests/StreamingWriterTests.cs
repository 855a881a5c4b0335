using System.Text;
using System.Text.RegularExpressions;
using Publisher.Model;
using Publisher.Writers.Tests.BibTeX;

namespace Publisher.Writers.Tests;

/// <summary>Writer sessions (<c>publisher convert</c>) against the whole-catalog writers the export uses.</summary>
public class StreamingWriterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var writer in CitationWriterRegistry.All.OfType<IStreamingCitationWriter>())
            foreach (var fixture in new[] { "tricky", "names" }) data.Add(writer.Name, fixture);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Session_OnePart_SameBytesAsWholeCatalogWrite(string format, string fixture)
    {
        var writer = (IStreamingCitationWriter)CitationWriterRegistry.Find(format)!;
        var catalog = CitationFixtures.Load(fixture);
        foreach (var options in OptionSets)
            Assert.Equal(Whole(writer, catalog, options), Streamed(writer, [catalog.Entries], options));
    }

    [Theory]
    [InlineData("ris")]
    [InlineData("csljson")]
    public void Session_NoAbstract_LeavesTheAbstractOut(string format)
    {
        // convert --no-abstract once wrote CSL-JSON abstracts: the session ignored the options.
        var writer = (IStreamingCitationWriter)CitationWriterRegistry.Find(format)!;
        var catalog = CitationFixtures.Load("tricky");
        var summary = CitationChoices.PreferredSummary(catalog.Entries.First(e => CitationChoices.PreferredSummary(e) is not null))!.Text;
        var probe = summary[..Math.Min(30, summary.Length)];
        Assert.Contains(probe, Streamed(writer, [catalog.Entries], new CitationWriterOptions { WithAbstract = true }));
        Assert.DoesNotContain(probe, Streamed(writer, [catalog.Entries], new CitationWriterOptions { WithAbstract = true, NoAbstract = true }));
    }

    private static readonly CitationWriterOptions[] OptionSets =
    [
        CitationWriterOptions.Default, new() { NoAbstract = true }, new() { WithAbstract = true }, new() { Ascii = true }, new() { EtAlAsNote = true },
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Session_PartsOfOneEntry_SameBytesOrOnlyKeysMadeUnique(string format, string fixture)
    {
        var writer = (IStreamingCitationWriter)CitationWriterRegistry.Find(format)!;
        var catalog = CitationFixtures.Load(fixture);
        var streamed = Streamed(writer, catalog.Entries.Select(e => (IReadOnlyList<Entry>)[e]));
        if (writer.Name != "bibtex")
        {
            Assert.Equal(Whole(writer, catalog), streamed);
            return;
        }
        // BibTeX keys of colliding entries are told apart across parts with -2, -3 instead of a, b: unique all the same.
        var keys = Regex.Matches(streamed, @"^@\w+\{([^,]+),", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(catalog.Entries.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var withoutKeys = new Regex(@"^(@\w+\{)[^,]+,", RegexOptions.Multiline);
        Assert.Equal(withoutKeys.Replace(Whole(writer, catalog), "$1,"), withoutKeys.Replace(streamed, "$1,"));
    }

    private static string Whole(ICitationWriter writer, Catalog catalog, CitationWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) writer.Write(catalog, text, options ?? CitationWriterOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Streamed(IStreamingCitationWriter writer, IEnumerable<IReadOnlyList<Entry>> parts, CitationWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var session = writer.Begin(stream, options ?? CitationWriterOptions.Default))
        {
            foreach (var part in parts) session.Write(part);
            session.Complete();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
