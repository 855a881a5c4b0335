using Publisher.Model;
using Publisher.Writers.BibTeX;

namespace Publisher.Writers.Tests.BibTeX;

public class BibTeXWriterTests
{
    public static TheoryData<string> ExpectedFiles() => CitationFixtures.ExpectedFiles("BibTeX", "*.bib");

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Write_FixtureCatalog_MatchesExpectedFile(string expectedFile)
    {
        // tricky.ascii.bib = catalog "tricky" written with the "ascii" options.
        var parts = expectedFile.Split('.');
        var actual = CitationFixtures.Write(new BibTeXWriter(), CitationFixtures.Load(parts[0]), CitationFixtures.OptionsFor(parts[1]));
        CitationFixtures.AssertMatchesFile(actual, Path.Combine("BibTeX", expectedFile));
    }

    [Fact]
    public void BaseKey_AuthorYearTitle_IsScholarStyleAndAsciiFolded()
    {
        // Synthetic entry (invented names and title).
        var e = new Entry { Title = "The Synthetic Attention Study", Authors = [Person.Of("Ana", "Müller")], Date = new PartialDate(2024) };
        Assert.Equal("muller2024synthetic", BibTeXKeyGenerator.BaseKey(e));
    }

    [Fact]
    public void BaseKey_NoAuthorNoYear_UsesTitleWord()
    {
        Assert.Equal("toolkit", BibTeXKeyGenerator.BaseKey(new Entry { Title = "Toolkit" }));
        Assert.Equal("entry", BibTeXKeyGenerator.BaseKey(new Entry { Title = "中文标题" }));
    }

    [Fact]
    public void Assign_CollidingKeys_SuffixedInIdOrderWhateverTheInputOrder()
    {
        var a = Synthetic("arxiv:2401.00001", "Synthetic Attention");
        var b = Synthetic("arxiv:2401.00002", "Synthetic Attention Again");
        Assert.Equal(["muller2024synthetica", "muller2024syntheticb"], BibTeXKeyGenerator.Assign([a, b]));
        Assert.Equal(["muller2024syntheticb", "muller2024synthetica"], BibTeXKeyGenerator.Assign([b, a]));
    }

    [Fact]
    public void Assign_UnrelatedEntryAdded_ExistingKeysUnchanged()
    {
        var entries = new List<Entry> { Synthetic("arxiv:2401.00001", "Synthetic Attention"), Synthetic("arxiv:2401.00002", "Synthetic Attention Again"), Synthetic("x:1", "Other Work") };
        var before = BibTeXKeyGenerator.Assign(entries);
        var withMore = BibTeXKeyGenerator.Assign([Synthetic("arxiv:2301.00009", "Unrelated Invented Paper"), .. entries]);
        Assert.Equal(before, withMore[1..]);
    }

    [Fact]
    public void Assign_SuffixedKeyCollidesWithNaturalKey_StaysUnique()
    {
        var natural = Synthetic("z", "Ab"); // base key muller2024ab
        var x = Synthetic("a", "A"); // title word is a stop word: base key muller2024
        var y = Synthetic("b", "The"); // also muller2024 → muller2024a, muller2024b
        var keys = BibTeXKeyGenerator.Assign([natural, x, y, Synthetic("c", "Of")]);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("LoRA: Low-Rank Adaptation of Synthetic Models", "{LoRA:} Low-Rank Adaptation of Synthetic Models")]
    [InlineData("Scaling GPT-4 and BERT Synthetically", "Scaling {GPT-4} and {BERT} Synthetically")]
    [InlineData("Invented benchmarks for Chinese and English retrieval", "Invented benchmarks for {Chinese} and {English} retrieval")]
    [InlineData("A Study of Everything", "A Study of Everything")]
    [InlineData("Costs in $ & 100% of C#_x {braces}", @"Costs in \$ \& 100\% of C\#\_x \textbraceleft{}braces\textbraceright{}")]
    public void Protect_Title_BracesWhatStylesMustNotLowerCase(string title, string expected) =>
        Assert.Equal(expected, TitleProtector.Protect(title, ascii: false));

    [Fact]
    public void Write_LatexActiveInput_IsNeutralisedAndBalanced()
    {
        var e = new Entry { Id = "t:1", Title = @"Run \write18{rm -rf /} and \input{/etc/passwd} with } unbalanced {{ braces", Authors = [Person.OfLiteral(@"Evil \def\x{} Corp}")] };
        var bib = BibTeXWriter.FormatEntry(e, "k", CitationWriterOptions.Default);
        Assert.DoesNotContain(@"\write18", bib);
        Assert.DoesNotContain(@"\input", bib);
        Assert.DoesNotContain(@"\def", bib);
        Assert.Equal(bib.Count(c => c == '{'), bib.Count(c => c == '}'));
        var depth = 0;
        foreach (var c in bib)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, "a closing brace came before its opening one");
        }
    }

    [Theory]
    [InlineData("Müller", "Ana", @"M{\""u}ller, Ana")]
    [InlineData("Zoë", "Émile", @"Zo{\""e}, {\'E}mile")]
    [InlineData("Çelik", "Łukasz", @"{\c{C}}elik, {\L}ukasz")]
    [InlineData("Dvořák", "Søren", @"Dvo{\v{r}}{\'a}k, S{\o}ren")]
    public void FormatName_Ascii_WritesLatexAccents(string family, string given, string expected) =>
        Assert.Equal(expected, BibTeXWriter.FormatName(Person.Of(given, family), ascii: true));

    [Fact]
    public void FormatName_CorporateParticleSuffixOthers_FollowBibTeXNameRules()
    {
        Assert.Equal("{Synthetic Lab, Inc.}", BibTeXWriter.FormatName(Person.OfLiteral("Synthetic Lab, Inc."), false));
        Assert.Equal("van der Berg, Jan", BibTeXWriter.FormatName(new Person { Given = "Jan", Particle = "van der", Family = "Berg" }, false));
        Assert.Equal("Doe, Jr., Sam", BibTeXWriter.FormatName(new Person { Given = "Sam", Family = "Doe", Suffix = "Jr." }, false));
        Assert.Equal("{Barnes and Noble}, Ann", BibTeXWriter.FormatName(Person.Of("Ann", "Barnes and Noble"), false));
        Assert.Equal("others", BibTeXWriter.FormatName(Person.Others, false));
    }

    [Fact]
    public void Write_ArxivPreprint_HasEprintFieldsZoteroAndBiberRead()
    {
        var bib = CitationFixtures.Write(new BibTeXWriter(), CitationFixtures.Load("tricky"), CitationWriterOptions.Default);
        var entry = bib.Split("\n\n")[0];
        Assert.StartsWith("@misc{muller2024lorasynth,", entry);
        Assert.Contains("eprint = {2401.00001v2}", entry);
        Assert.Contains("eprinttype = {arxiv}", entry);
        Assert.Contains("primaryClass = {cs.CL}", entry);
        Assert.Contains("url = {https://arxiv.org/abs/2401.00001}", entry);
    }

    [Fact]
    public void Write_WithoutAbstractOption_LeavesSummariesOut()
    {
        var catalog = CitationFixtures.Load("tricky");
        Assert.DoesNotContain("abstract =", CitationFixtures.Write(new BibTeXWriter(), catalog, CitationWriterOptions.Default));
        var with = CitationFixtures.Write(new BibTeXWriter(), catalog, new CitationWriterOptions { WithAbstract = true });
        Assert.Contains("abstract = {We invent a study", with);
        Assert.DoesNotContain("虚构的摘要", with); // the Chinese summary only when no English one exists
    }

    [Fact]
    public void Write_SameCatalogTwice_ByteIdentical()
    {
        var catalog = CitationFixtures.Load("tricky");
        Assert.Equal(CitationFixtures.Write(new BibTeXWriter(), catalog, CitationWriterOptions.Default),
            CitationFixtures.Write(new BibTeXWriter(), catalog, CitationWriterOptions.Default));
    }

    [Fact]
    public void Write_EmojiAndLoneSurrogate_NeverThrows()
    {
        var e = new Entry { Id = "t:2", Title = "Synthetic 🚀 Rockets \uD800 Broken", Authors = [Person.Of("\uDC00x", "Émoji🚀")] };
        foreach (var ascii in new[] { false, true })
            Assert.Contains("Rockets", BibTeXWriter.FormatEntry(e, BibTeXKeyGenerator.BaseKey(e), new CitationWriterOptions { Ascii = ascii }));
    }

    [Fact]
    public void Write_EmptyOrGivenOnlyNames_NoEmptyNameInAuthorList()
    {
        var e = new Entry { Id = "t:3", Title = "Synthetic Names", Authors = [new Person { Family = " " }, new Person { Given = "Mononym" }, Person.Others] };
        var bib = BibTeXWriter.FormatEntry(e, "k", CitationWriterOptions.Default);
        Assert.Contains("author = {{Mononym} and others}", bib);
    }

    [Fact]
    public void FormatEntry_EtAlAsNote_ListsNamedAuthorsAndNotesEtAl()
    {
        var e = new Entry { Id = "t:4", Title = "Synthetic Truncated List", Authors = [Person.Of("Ana", "Müller"), Person.Others] };
        var bib = BibTeXWriter.FormatEntry(e, "k", new CitationWriterOptions { EtAlAsNote = true });
        Assert.Contains("author = {Müller, Ana},", bib);
        Assert.DoesNotContain("others", bib);
        Assert.Contains("note = {" + CitationChoices.EtAlRemark + "}", bib);
        Assert.Contains("author = {Müller, Ana and others}", BibTeXWriter.FormatEntry(e, "k", CitationWriterOptions.Default));
    }

    private static Entry Synthetic(string id, string title) =>
        new() { Id = id, Title = title, Authors = [Person.Of("Ana", "Müller")], Date = new PartialDate(2024) };
}
