using Publisher.Enrichment.Arxiv;

namespace Publisher.Enrichment.Tests;

public class ArxivQueryBuilderTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(250, 3)]
    public void BatchIds_NIds_CeilingOfNOver100Batches(int n, int batches)
    {
        var ids = Enumerable.Range(1, n).Select(i => $"2401.{i:D5}");
        var result = ArxivQueryBuilder.BatchIds(ids, 100);
        Assert.Equal(batches, result.Count);
        Assert.All(result, b => Assert.InRange(b.Count, 1, 100));
        Assert.Equal(n, result.Sum(b => b.Count));
    }

    [Fact]
    public void TitleQuery_TwoTitles_OrsNormalisedPhrases()
    {
        var q = ArxivQueryBuilder.TitleQuery(["A Synthetic Study - of Sparse \"Attention\"", "Invented Benchmarks"]);
        Assert.Equal("ti:\"a synthetic study of sparse attention\" OR ti:\"invented benchmarks\"", q);
    }

    [Fact]
    public void PhrasesFor_LabelledTitle_AlsoSearchesWithoutLabel()
    {
        var p = ArxivQueryBuilder.PhrasesFor("SynthNet: Invented Benchmarks for Imaginary Reasoning");
        Assert.Equal(["synthnet invented benchmarks for imaginary reasoning", "invented benchmarks for imaginary reasoning"], p);
    }

    [Fact]
    public void BatchTitles_ManyLongTitles_StaysWithinCountAndLength()
    {
        var titles = Enumerable.Range(0, 40).Select(i => $"A Synthetic Title Number {i} About Placeholder Methods For Invented Tasks In Imaginary Domains").ToList();
        var batches = ArxivQueryBuilder.BatchTitles(titles, maxTitles: 8, maxQueryLength: 500);
        Assert.Equal(40, batches.Sum(b => b.Count));
        Assert.All(batches, b =>
        {
            Assert.InRange(b.Count, 1, 8);
            Assert.True(ArxivQueryBuilder.TitleQuery(b).Length <= 500 || b.Count == 1);
        });
    }
}
