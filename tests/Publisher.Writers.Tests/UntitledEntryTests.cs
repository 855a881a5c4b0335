using Publisher.Model;
using Publisher.Writers.Tests.BibTeX;

namespace Publisher.Writers.Tests;

// Synthetic record: an invented Chinese name and an invented PDF address.
public class UntitledEntryTests
{
    private static readonly Catalog NamedOnlyInChinese = new()
    {
        Entries =
        [
            new Entry
            {
                Id = "title:made-up", Kind = EntryKind.Paper, Title = "",
                TitleAlt = [new AltTitle("虚构的图网络入门", "zh")],
                Links = [new Link(LinkKind.Pdf, "https://papers.example.org/made-up.pdf")],
            },
        ],
    };

    [Theory]
    [InlineData("bibtex", "title = {虚构的图网络入门}")]
    [InlineData("ris", "TI  - 虚构的图网络入门")]
    [InlineData("csljson", "\"title\": \"虚构的图网络入门\"")]
    [InlineData("zotero-rdf", "<dc:title>虚构的图网络入门</dc:title>")]
    public void Write_EntryNamedOnlyInChinese_ChineseNameIsTheTitle(string writer, string expected)
    {
        var output = CitationFixtures.Write(CitationWriterRegistry.Find(writer)!, NamedOnlyInChinese, CitationWriterOptions.Default);
        Assert.Contains(expected, output);
    }
}
