using Publisher.Model;

namespace Publisher.Model.Tests;

public class ArxivIdTests
{
    [Theory]
    [InlineData("2106.09685", "2106.09685", null)]
    [InlineData("1706.03762v5", "1706.03762", 5)]
    [InlineData("arXiv:2303.18223", "2303.18223", null)]
    [InlineData("hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("math.GT/0309136v2", "math.GT/0309136", 2)]
    [InlineData("0704.0001", "0704.0001", null)]
    public void TryParse_ValidId_ReturnsBaseAndVersion(string text, string expectedBase, int? expectedVersion)
    {
        Assert.True(ArxivId.TryParse(text, out var id));
        Assert.Equal(expectedBase, id.Base);
        Assert.Equal(expectedVersion, id.Version);
    }

    [Theory]
    [InlineData("2210.107605")] // six digits: a typo seen in a real list
    [InlineData("2113.00001")] // month 13
    [InlineData("1501.0001")] // 4 digits after 2014
    [InlineData("1412.00001")] // 5 digits before 2015
    [InlineData("hello")]
    [InlineData("")]
    public void TryParse_InvalidId_ReturnsFalse(string text) => Assert.False(ArxivId.TryParse(text, out _));

    [Theory]
    [InlineData("https://arxiv.org/abs/2303.18223", "2303.18223")]
    [InlineData("https://arxiv.org/pdf/2106.09685.pdf", "2106.09685")]
    [InlineData("http://export.arxiv.org/abs/2106.09685v2", "2106.09685v2")]
    [InlineData("https://www.arxiv.org/pdf/2305.14314v1", "2305.14314v1")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    public void TryParseUrlOrId_ArxivUrl_ExtractsId(string url, string expected)
    {
        Assert.True(ArxivId.TryParseUrlOrId(url, out var id));
        Assert.Equal(expected, id.ToString());
    }

    [Fact]
    public void Equality_DifferentVersions_SameBaseButNotEqual()
    {
        var a = ArxivId.Parse("2106.09685v1");
        var b = ArxivId.Parse("2106.09685v2");
        Assert.NotEqual(a, b);
        Assert.Equal(a.WithoutVersion(), b.WithoutVersion());
        Assert.Equal("10.48550/arXiv.2106.09685", a.DataCiteDoi);
    }
}
