using System.Text;
using Publisher.Model;
using Publisher.Writers.Ris;
using Publisher.Writers.Tests.BibTeX;

namespace Publisher.Writers.Tests.Ris;

public class RisWriterTests
{
    public static TheoryData<string> ExpectedFiles() => CitationFixtures.ExpectedFiles("Ris", "*.ris");

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Write_FixtureCatalog_MatchesExpectedFile(string expectedFile)
    {
        var parts = expectedFile.Split('.');
        var actual = CitationFixtures.Write(new RisWriter(), CitationFixtures.Load(parts[0]), CitationFixtures.OptionsFor(parts[1]));
        CitationFixtures.AssertMatchesFile(actual, Path.Combine("Ris", expectedFile));
    }

    [Fact]
    public void Write_AnyCatalog_CrlfTagLinesAndEveryRecordClosed()
    {
        var ris = CitationFixtures.Write(new RisWriter(), CitationFixtures.Load("tricky"), CitationWriterOptions.Default);
        Assert.DoesNotContain("\n", ris.Replace("\r\n", ""));
        var lines = ris.Split("\r\n").Where(l => l.Length > 0).ToList();
        Assert.All(lines, l => Assert.Matches(@"^[A-Z][A-Z0-9]  - ", l));
        Assert.Equal(lines.Count(l => l.StartsWith("TY  - ")), lines.Count(l => l == "ER  - "));
        Assert.Equal(CitationFixtures.Load("tricky").Entries.Count, lines.Count(l => l == "ER  - "));
    }

    [Fact]
    public void Write_ToUtf8File_HasNoByteOrderMark()
    {
        using var stream = new MemoryStream();
        using (var w = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true))
            new RisWriter().Write(CitationFixtures.Load("tricky"), w, CitationWriterOptions.Default);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'T', bytes[0]);
        Assert.Contains("AU  - Müller, Ana", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(2024, null, null, "2024///")]
    [InlineData(2024, 5, null, "2024/05//")]
    [InlineData(2024, 5, 7, "2024/05/07/")]
    public void FormatDate_PartialDates_ZoteroForm(int y, int? m, int? d, string expected) =>
        Assert.Equal(expected, RisWriter.FormatDate(new PartialDate(y, m, d)));

    [Fact]
    public void Write_Preprint_DataCiteDoiAndArxivNote()
    {
        // Synthetic entry with an invented id.
        var e = new Entry { Id = "arxiv:2401.00009", Kind = EntryKind.Preprint, Title = "A Synthetic Preprint", ArxivId = ArxivId.Parse("2401.00009v1") };
        var ris = RisWriter.FormatRecord(e, CitationWriterOptions.Default);
        Assert.Contains("TY  - GEN\r\n", ris);
        Assert.Contains("DO  - 10.48550/arXiv.2401.00009\r\n", ris);
        Assert.Contains("N1  - arXiv: 2401.00009v1\r\n", ris);
        Assert.Contains("UR  - https://arxiv.org/abs/2401.00009v1\r\n", ris);
        Assert.Contains("DA  - 2024/01//\r\n", ris); // the month arXiv assigned the id in
    }

    [Theory]
    [InlineData(EntryKind.Repository, null, "COMP")]
    [InlineData(EntryKind.Model, null, "COMP")]
    [InlineData(EntryKind.Dataset, null, "DATA")]
    [InlineData(EntryKind.WebPage, null, "ELEC")]
    [InlineData(EntryKind.Article, null, "ELEC")]
    [InlineData(EntryKind.Paper, "ICLR 2024", "CONF")]
    [InlineData(EntryKind.Paper, "Journal of Invented Results", "JOUR")]
    [InlineData(EntryKind.Preprint, "arXiv", "GEN")]
    public void Choose_Kind_ZoteroType(EntryKind kind, string? venue, string expected) =>
        Assert.Equal(expected, RisTypeMap.Choose(new Entry { Kind = kind, Title = "t", Venue = venue }));

    [Fact]
    public void Write_MultiLineValue_FoldedOntoOneLine()
    {
        var e = new Entry { Title = "Synthetic\nTitle\r\nER  - injected", Tags = ["a\nb"] };
        var ris = RisWriter.FormatRecord(e, CitationWriterOptions.Default);
        Assert.Contains("TI  - Synthetic Title ER - injected\r\n", ris);
        Assert.Single(ris.Split("\r\n"), l => l == "ER  - ");
    }

    // Single spaces are copied with the words around them; every other whitespace run becomes one space.
    [Theory]
    [InlineData("An Invented Title", "An Invented Title")]
    [InlineData("  Two  Spaces   Inside ", "Two Spaces Inside")]
    [InlineData("Space \nthen break", "Space then break")]
    [InlineData("Tab\tand\u00A0no-break space", "Tab and no-break space")]
    [InlineData("Break\n then space \t\n twice", "Break then space twice")]
    public void Write_WhitespaceRuns_OneSpaceEach(string title, string expected) =>
        Assert.Contains($"TI  - {expected}\r\n", RisWriter.FormatRecord(new Entry { Title = title }, CitationWriterOptions.Default));
}
