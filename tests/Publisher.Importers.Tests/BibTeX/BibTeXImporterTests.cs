using Publisher.Importers.BibTeX;
using Publisher.Model;

namespace Publisher.Importers.Tests.BibTeX;

public class BibTeXImporterTests
{
    public static TheoryData<string> Inputs() => ImporterFixture.Inputs("BibTeX", ".bib");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_Fixture_MatchesExpectedEntriesAndDiagnostics(string file)
    {
        var result = ImporterFixture.Import(new BibTeXImporter(), "BibTeX", file);
        ImporterFixture.AssertMatchesExpected(result, "BibTeX", file);
    }

    [Fact]
    public void Import_ZoteroExport_ReadsPersonsIdsAndVenues()
    {
        var entries = ImporterFixture.Import(new BibTeXImporter(), "BibTeX", "zotero-export.bib").Entries;
        Assert.Equal(4, entries.Count);
        Assert.Equal("A Synthetic Study of Invented Results", entries[0].Title);
        Assert.Equal([Person.Of("Ana", "Müller"), Person.Of("Sam", "Doe"), Person.OfLiteral("Synthetic Lab")], entries[0].Authors);
        Assert.Equal(new PartialDate(2023, 3), entries[0].Date);
        Assert.Equal("10.5555/synthetic.2023.12", entries[0].Doi!.Value);
        Assert.Equal("Journal of Invented Results", entries[0].Venue);
        Assert.Equal(EntryKind.Preprint, entries[1].Kind);
        Assert.Equal("2401.00005", entries[1].ArxivId!.ToString());
        Assert.Null(entries[1].Doi); // the arXiv DataCite DOI is an arXiv id, not a publication DOI
        Assert.Equal(new Person { Given = "Jan", Particle = "van der", Family = "Berg" }, entries[1].Authors[1]);
        Assert.Equal("A Conference Paper on Synthetic Things", entries[2].Title);
        Assert.Equal(Person.Of("Émile", "Zoë"), entries[2].Authors[0]);
        Assert.Equal("Dvořák", entries[2].Authors[1].Family);
        Assert.Equal(LinkKind.Code, entries[3].Links.Single().Kind);
        Assert.Equal(EntryKind.Repository, entries[3].Kind);
    }

    [Fact]
    public void Import_MacrosConcatenationAndLatex_ExpandedToUnicode()
    {
        var entries = ImporterFixture.Import(new BibTeXImporter(), "BibTeX", "macros-and-latex.bib").Entries;
        Assert.Equal("Journal of Invented Results, Series B", entries[0].Venue);
        Assert.Equal(new PartialDate(2021, 9), entries[0].Date);
        Assert.Equal("The α-Synthetic Effect in Made-up Data & More".Replace("α", "alpha"), entries[0].Title);
        Assert.Equal("Ångström", entries[0].Authors[1].Family);
        Assert.True(entries[0].Authors[^1].IsOthers);
        Assert.Equal("Proc. of the Invented Conference", entries[1].Venue);
        Assert.Equal("Proceedings of ßynthetic ørganisms: 100% {made up}", entries[1].Title);
        Assert.Equal(["Li", "Çelik", "Baß"], entries[1].Authors.Select(a => a.Family!));
        Assert.Equal("Łukasz", entries[1].Authors[1].Given);
        Assert.Equal("2011.00007", entries[1].ArxivId!.ToString());
        Assert.Equal("2301.00008", entries[2].ArxivId!.ToString()); // Google Scholar's journal = {arXiv preprint arXiv:…}
        Assert.Equal(EntryKind.Preprint, entries[2].Kind);
    }

    [Fact]
    public void Import_BrokenEntries_ReportedWithLinesAndReadingGoesOn()
    {
        var result = ImporterFixture.Import(new BibTeXImporter(), "BibTeX", "broken.bib");
        Assert.Equal(["A Good Synthetic Entry", "A Synthetic Entry With a Bad Year", "Another Good Synthetic Entry"], result.Entries.Select(e => e.Title));
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Line == 9 && d.Message.Contains("unbalanced braces"));
        Assert.Contains(errors, d => d.Line == 15 && d.Message.Contains("expected '='"));
        Assert.Contains(errors, d => d.Line == 19 && d.Message.Contains("no title"));
        Assert.Contains(result.Diagnostics, d => d.Line == 26 && d.Message.Contains("four-digit year"));
        Assert.Contains(result.Diagnostics, d => d.Line == 27 && d.Message.Contains("not a DOI"));
        Assert.Contains(result.Diagnostics, d => d.Line == 34 && d.Message.Contains("unknown macro 'undefinedmacro'"));
        Assert.All(result.Diagnostics, d => Assert.Equal("broken.bib", d.File));
    }

    [Theory]
    [InlineData("% comment\n@article{k,\n title = {T},\n}\n", 95)]
    [InlineData("# Reading list\n\n- A paper about things\n- Another one\n", 0)]
    [InlineData("TY  - JOUR\nTI  - t\nER  - \n", 0)]
    [InlineData("@article{k,\n title = {T},\n abstract = {1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21\n22\n23\n24\n25\n26},\n}\n", 95)]
    [InlineData("# Synthetic list\n\nPlease cite:\n```bibtex\n@misc{a,\n title = {T},\n}\n@misc{b,\n title = {U},\n}\n@misc{c,\n title = {V},\n}\n```\n", 30)]
    public void Detect_Content_ScoresBibTeXOnly(string text, int expected) =>
        Assert.Equal(expected, new BibTeXImporter().Detect(new SourceDocument("x", text)));

    [Fact]
    public void Choose_DefaultRegistry_PicksBibTeXAndRisByContent()
    {
        var registry = ImporterRegistry.CreateDefault();
        Assert.Equal("bibtex", registry.Choose(new SourceDocument("list.txt", "@misc{a,\n title = {T},\n}\n@misc{b,\n title = {U},\n}\n@misc{c,\n title = {V},\n}\n"))!.Name);
        Assert.Equal("ris", registry.Choose(new SourceDocument("export.txt", "TY  - JOUR\nTI  - t\nER  - \n"))!.Name);
    }

    [Theory]
    [InlineData(@"M{\""u}ller", "Müller")]
    [InlineData(@"{\c c}a{\v{s}}", "çaš")]
    [InlineData(@"na{\""\i}ve \& {\'\i}", "naïve & í")]
    [InlineData(@"\url{https://x.org/a_b}", "https://x.org/a_b")]
    [InlineData(@"\textbackslash{}write18\textbraceleft{}x\textbraceright{}", @"\write18{x}")]
    [InlineData("{LoRA}:  Low\n Rank", "LoRA: Low Rank")]
    [InlineData(@"{\textendash} {\ldots}", "– …")]
    public void Decode_Latex_Unicode(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Fact]
    public void ImportStream_Chunks_SameEntriesMacrosAndLines()
    {
        var text = "@string{v = {Invented Venue}}\n" + string.Concat(Enumerable.Range(1, 25).Select(i => $"@article{{k{i},\n  title = {{Synthetic {i}}},\n  journal = v,\n  year = {{2020}},\n}}\n"));
        var chunks = new List<ImportResult>();
        new BibTeXImporter().ImportStream(new StringReader(text), "s.bib", 4, chunks.Add);
        var streamed = chunks.SelectMany(c => c.Entries).ToList();
        var whole = new BibTeXImporter().Import(new SourceDocument("s.bib", text)).Entries;
        Assert.True(chunks.Count > 5);
        Assert.Equal(whole.Select(e => (e.Title, e.Venue, e.Sources[0].Line)), streamed.Select(e => (e.Title, e.Venue, e.Sources[0].Line)));
    }

    // The streamed reader takes the text in 64 K blocks: a "\r\n" split across two blocks is still one line end,
    // a lone "\r" is a line end too, and a last line without one is still read.
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void ImportStream_LineEndsAcrossReadBlocks_SameEntriesAndLinesAsWholeFile(string lineEnd)
    {
        var entries = Enumerable.Range(1, 1200).Select(i =>
            string.Join(lineEnd, $"@misc{{k{i},", $"  title = {{Synthetic {i}}},", new string(' ', i % 7) + "year = {2021}", "}", ""));
        var body = string.Concat(entries).TrimEnd('\r', '\n');
        // A leading comment line long enough that the first block ends on the first character of a line end.
        var endAt = body.LastIndexOf(lineEnd[0], 65_535 - 64);
        var text = "%" + new string('x', 65_535 - endAt - 1 - lineEnd.Length) + lineEnd + body;
        var chunks = new List<ImportResult>();
        new BibTeXImporter().ImportStream(new StringReader(text), "s.bib", 7, chunks.Add);
        var streamed = chunks.SelectMany(c => c.Entries).ToList();
        var whole = new BibTeXImporter().Import(new SourceDocument("s.bib", text));
        Assert.Equal(1200, whole.Entries.Count);
        Assert.Empty(whole.Diagnostics);
        Assert.Empty(chunks.SelectMany(c => c.Diagnostics));
        Assert.Equal(whole.Entries.Select(e => (e.Title, e.Sources[0].Line)), streamed.Select(e => (e.Title, e.Sources[0].Line)));
        Assert.Equal(lineEnd[0], text[65_535]); // the case this test is for: a block ends inside (or right at) a line end
    }
}
