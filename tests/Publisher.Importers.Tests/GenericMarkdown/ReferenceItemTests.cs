using Publisher.Importers.ReadingLists.GenericMarkdown;

namespace Publisher.Importers.Tests.GenericMarkdown;

/// <summary>Reference-style list items (invented authors and titles): what is read as authors, title, venue and year.</summary>
public sealed class ReferenceItemTests
{
    [Theory]
    [InlineData("Ada Quill and Bo Nib: Invented Toy Training, ICML 2031.", "Invented Toy Training", "Ada Quill and Bo Nib", "ICML", 2031, true)]
    [InlineData("Cy Ink, Emil C.N. Pen: Pretend Fields: Toy Models for Labelling, 2001.", "Pretend Fields: Toy Models for Labelling", "Cy Ink, Emil C.N. Pen", null, 2001, true)]
    [InlineData("Fay Margin, Gus Folio. An Introduction to Imaginary Fields.", "An Introduction to Imaginary Fields", "Fay Margin, Gus Folio", null, null, true)]
    [InlineData("Hal Serif, et al.: Toy Classification using EM. Invented Learning, 1999.", "Toy Classification using EM", "Hal Serif, et al.", "Invented Learning", 1999, true)]
    [InlineData("Ivy Kern: Pretend Inference with Tears, 2009.", "Pretend Inference with Tears", "Ivy Kern", null, 2009, false)]
    [InlineData("Mo Recto: Invented Allocation, J. of Pretend Research, 2003.", "Invented Allocation", "Mo Recto", "J. of Pretend Research", 2003, false)]
    [InlineData("Quill, A., & Nib, B. (2031). Attention to invented detail. Journal of Pretend Results.", "Attention to invented detail", "Quill, A., & Nib, B.", "Journal of Pretend Results", 2031, true)]
    [InlineData("C. Ink and D. Stylus, \"Imaginary decoding for pretend speech,\" in Proc. Invented Conf., 2032.", "Imaginary decoding for pretend speech", "C. Ink and D. Stylus", "Proc. Invented Conf", 2032, true)]
    public void Parse_ReferenceShapes_SplitsAuthorsTitleVenueYear(string text, string title, string authors, string? venue, int? year, bool strong)
    {
        var item = ReferenceItem.Parse(text);
        Assert.NotNull(item);
        Assert.Equal((title, authors, venue, year, strong), (item.Title, item.Authors, item.Venue, item.Year, item.StrongAuthors));
    }

    [Theory]
    [InlineData("Deep Invented Networks: Why Toy Depth Matters")] // title words before the colon are not a name
    [InlineData("TOYNET: Pretend Pre-training of Invented Transformers")] // an acronym is not a name
    [InlineData("Invented Scaling Laws for Toy Language Models")] // no separator at all
    [InlineData("Install the toy package. Then run it.")] // a sentence
    [InlineData("虚构作者：虚构的论文标题，2031。")] // Chinese items are not read as references
    [InlineData("Search & Replace: Find text across many invented files at once")] // one word per part is a label, not people
    [InlineData("Romeo and Juliet: A Study of Invented Toy Dialogue Systems")] // nor a title's head
    [InlineData("Alice Smith and Bob Jones: for reviewing the first toy drafts")] // a credit: the "title" starts in lower case
    public void Parse_TitlesAndNotes_ReturnsNull(string text) => Assert.Null(ReferenceItem.Parse(text));

    [Theory]
    [InlineData("1. 《Invented Attention for Toys》（2031）", "Invented Attention for Toys", 2031)]
    [InlineData("《一种虚构的对齐方法研究》，虚构作者，2032", "一种虚构的对齐方法研究", 2032)]
    [InlineData("《Pretend Reasoning in Toy Models》原论文", "Pretend Reasoning in Toy Models", null)]
    public void ParseMarked_TitleMarks_GiveTitleAndYear(string text, string title, int? year)
    {
        var item = ReferenceItem.ParseMarked(text);
        Assert.NotNull(item);
        Assert.Equal((title, year), (item.Title, item.Year));
    }

    [Theory]
    [InlineData("虚构课程：某视频网站")] // no title marks
    [InlineData("《》再说")] // empty marks
    [InlineData("推荐《Invented Toy Paper》给新同学")] // a mention inside prose is not an item naming a work
    public void ParseMarked_NoLeadingMarkedTitle_ReturnsNull(string text) => Assert.Null(ReferenceItem.ParseMarked(text));

    [Fact]
    public void Parse_FamilyNamesOnlyWithVenueAndYear_IsCertain()
    {
        var item = ReferenceItem.Parse("Quill and Nib: Unsupervised Models for Invented Toy Entities, EMNLP 1999.");
        Assert.NotNull(item);
        Assert.True(item.StrongAuthors && item.Dated);
        Assert.Null(ReferenceItem.Parse("Quill and Nib: Unsupervised Models for Invented Toy Entities")); // undated: could be a title
    }

    [Fact]
    public void People_AuthorYearStyle_PairsFamilyNamesWithInitials()
    {
        var item = ReferenceItem.Parse("Quill, A. B., Nib, C., & Pen, D. (2031). An invented title of a toy study. Pretend Letters.");
        Assert.NotNull(item);
        Assert.Equal(["A. B. Quill", "C. Nib", "D. Pen"], item.People().Select(p => p.DisplayName));
    }

    [Fact]
    public void People_EtAl_EndsWithOthersMarker()
    {
        var item = ReferenceItem.Parse("Hal Serif, et al.: Toy Classification using Invented EM, 1999.");
        Assert.NotNull(item);
        Assert.True(item.People()[^1].IsOthers);
        Assert.Equal("Serif", item.People()[0].Family);
    }

    [Theory]
    [InlineData("Pat Doe and Ann Roe, A Study of Invented Things, KDD, 2002.", "A Study of Invented Things", "Pat Doe and Ann Roe", "KDD", 2002, true)]
    [InlineData("P. Doe, A. Roe, Pretend Parsing of Toy Sentences, Proc. Invented Conf., vol. 3, pp. 1-9, 2031.", "Pretend Parsing of Toy Sentences", "P. Doe, A. Roe", "Proc. Invented Conf.", 2031, true)]
    [InlineData("Ann Roe et al., Toy Transformers in the Wild, ICML 2032.", "Toy Transformers in the Wild", "Ann Roe et al.", "ICML", 2032, true)]
    [InlineData("Pat Doe & Ann Roe, Invented Things: A Study of Toys, KDD 2033.", "Invented Things: A Study of Toys", "Pat Doe & Ann Roe", "KDD", 2033, true)]
    public void Parse_CommaSeparatedAuthors_ReadWhenTheListSaysWhereItEnds(string text, string title, string authors, string? venue, int? year, bool certain)
    {
        var item = ReferenceItem.Parse(text);
        Assert.NotNull(item);
        Assert.True(item.CommaSeparated);
        Assert.Equal((title, authors, venue, year, certain), (item.Title, item.Authors, item.Venue, item.Year, item.IsCertain));
    }

    [Theory]
    [InlineData("Gil Quire, Ann Roe, Imaginary Nets for Toy Data, NIPS, 2030.")] // no "and", initial or et al.: where do authors end?
    [InlineData("Pat Doe and Ann Roe, Sequence Tagging, KDD, 2002.")] // the title reads as a person's name
    [InlineData("Try Again, Then Stop, Pretend Models Waver in Toy Judgement, ICML 2033.")] // a title's head reads as names
    [InlineData("Ghent, Idaho, 1984")] // a film
    [InlineData("Quill, Nib and Co., Annual Toy Report, 2002")] // a firm: family names only
    [InlineData("Ann Roe and Pat Doe, 221 Invented Street, USA, 2002")] // an address: no word a title has
    [InlineData("Invented Toy Shop, 12 Pretend Road, Springfield, 2031")]
    [InlineData("Python, Rust, Go, 2023")] // tools
    [InlineData("Alice Smith and Bob Jones, for reviewing the drafts, 2020")] // a credit
    [InlineData("Pat Doe and Ann Roe, A Study of Invented Things, Springfield")] // no venue or year after the title
    [InlineData("Ivo Kern and Ula Spine, Pretend Inference with Tears, 2009.")] // a year alone: films and songs are listed so too
    [InlineData("Jo Quill and Al Nib, The Invented Lebowski, PolyGram, 1998")] // a studio, not a venue
    [InlineData("Pat Doe and Ann Roe, Best paper award, KDD, 2002")] // a CV's award
    [InlineData("Pat Doe and Ann Roe, Lead maintainers, NASA, 2019")]
    public void Parse_CommaShapesThatAreNotCertain_ReturnsNull(string text) => Assert.Null(ReferenceItem.Parse(text));

    [Theory]
    [InlineData("Invented Sparse Decoding", ". Stanford University, Google Research. NeurIPS 2023.")] // institutions, not people
    [InlineData("Invented Cache Tricks", " (2023), Tsinghua University and Microsoft Research.")]
    [InlineData("Invented Pretend Benchmarks", " (2019), Hugging Face and Papers With Code")]
    public void ParseAfterTitle_Institutions_ReturnsNull(string title, string rest) => Assert.Null(ReferenceItem.ParseAfterTitle(title, rest));

    [Theory]
    [InlineData(". Pat Doe, Ann Roe. TOYCV 2020.", "Pat Doe, Ann Roe", "TOYCV", 2020)]
    [InlineData(" Ola Spine et al. arXiv.", "Ola Spine et al.", "arXiv", null)]
    [InlineData(" (2033), Q. Bengt and R. Quillon", "Q. Bengt and R. Quillon", null, 2033)]
    public void ParseAfterTitle_AuthorsThenVenueYear_ReadsThem(string rest, string authors, string? venue, int? year)
    {
        var item = ReferenceItem.ParseAfterTitle("Invented Title", rest);
        Assert.NotNull(item);
        Assert.Equal(("Invented Title", authors, venue, year), (item.Title, item.Authors, item.Venue, item.Year));
    }

    [Theory]
    [InlineData(". Pat Doe, Ann Roe.")] // no year or venue
    [InlineData(". Notes on the toy graphs, read twice in 2021.")] // a note
    [InlineData(" - Alice Smith and Bob Jones, maintainers since 2020.")] // a credit
    [InlineData(". Ivy Kern. KDD 2020.")] // one person without an initial could be a phrase ("Getting Started")
    [InlineData(". Pat Doe, Ann Roe. A toy tool we used for the invented study in 2020.")] // a description, not a venue
    public void ParseAfterTitle_NotAuthorsAndVenue_ReturnsNull(string rest) => Assert.Null(ReferenceItem.ParseAfterTitle("Invented Title", rest));

    [Fact]
    public void People_AtAlSlip_EndsWithOthersMarker()
    {
        var item = ReferenceItem.Parse("Lu Verso at al.: Toy Coreference for Invented Text, EMNLP 2017.");
        Assert.NotNull(item);
        Assert.Equal("Verso", item.People()[0].Family);
        Assert.True(item.People()[^1].IsOthers);
    }
}
