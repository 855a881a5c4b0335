using Publisher.Importers.ReadingLists.Coverage;

namespace Publisher.Importers.Tests.Coverage;

/// <summary>The raw-text scan finds every written form of a paper reference, with its line.</summary>
public sealed class PaperReferenceScannerTests
{
    [Theory]
    [InlineData("see https://arxiv.org/abs/2401.00001v3 now", PaperReferenceKind.ArxivUrl, "a:2401.00001", "https://arxiv.org/abs/2401.00001v3")]
    [InlineData("[pdf](https://arxiv.org/pdf/2401.00001.pdf)", PaperReferenceKind.ArxivUrl, "a:2401.00001", "https://arxiv.org/pdf/2401.00001.pdf")]
    [InlineData("hhttps://arxiv.org/abs/2401.00001", PaperReferenceKind.ArxivUrl, "a:2401.00001", "https://arxiv.org/abs/2401.00001")]
    [InlineData("-https://arxiv.org/html/2401.00001v1", PaperReferenceKind.ArxivUrl, "a:2401.00001", "https://arxiv.org/html/2401.00001v1")]
    [InlineData("地址：https://arxiv.org/abs/hep-th/9901001", PaperReferenceKind.ArxivUrl, "a:hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001")]
    [InlineData("arXiv preprint arXiv:2303.06146 (2023)", PaperReferenceKind.ArxivMention, "a:2303.06146", null)]
    [InlineData("https://arxiv.org/abs/2210.107605", PaperReferenceKind.InvalidArxiv, "x:https://arxiv.org/abs/2210.107605", "https://arxiv.org/abs/2210.107605")]
    [InlineData("(https://doi.org/10.1000/xyz123).", PaperReferenceKind.Doi, "d:10.1000/xyz123", "https://doi.org/10.1000/xyz123")]
    [InlineData("https://aclanthology.org/2023.acl-long.1/", PaperReferenceKind.PaperPage, "p:aclanthology.org/2023.acl-long.1", "https://aclanthology.org/2023.acl-long.1/")]
    [InlineData("https://openreview.net/forum?id=abcdEFGH", PaperReferenceKind.PaperPage, "p:openreview.net/forum?id=abcdEFGH", "https://openreview.net/forum?id=abcdEFGH")]
    public void Scan_WrittenForm_OneReference(string text, PaperReferenceKind kind, string key, string? url)
    {
        var found = Assert.Single(PaperReferenceScanner.Scan(text));
        Assert.Equal((kind, key, url), (found.Kind, found.Key, found.Url));
    }

    [Theory]
    [InlineData("https://aclanthology.org/events/acl-2023/")]
    [InlineData("https://openreview.net/group?id=ICLR.cc")]
    [InlineData("https://github.com/example/arxiv.org")]
    [InlineData("https://img.shields.io/badge/arXiv-2401.00001-b31b1b.svg")]
    public void Scan_NotAPaper_Nothing(string text) => Assert.Empty(PaperReferenceScanner.Scan(text));

    [Fact]
    public void Scan_SeveralLines_LinesAreOneBased()
    {
        var refs = PaperReferenceScanner.Scan("a\nhttps://arxiv.org/abs/2401.00001\n\narXiv:2401.00002");
        Assert.Equal([2, 4], refs.Select(r => r.Line));
    }
}
