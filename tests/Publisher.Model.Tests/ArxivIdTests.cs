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

    /// <summary>Every string the shortcut for plain ids decides must get the same answer from the rule's regular expressions.</summary>
    [Fact]
    public void TryParse_ShortcutAndPattern_AgreeOnGeneratedIds()
    {
        var texts = new List<string>();
        foreach (var yy in new[] { "00", "06", "07", "14", "15", "26", "99" })
        foreach (var mm in new[] { "00", "01", "09", "12", "13" })
        foreach (var num in new[] { "123", "0001", "12345", "123456" })
        foreach (var tail in new[] { "", "v0", "v1", "v12", "v123", "v1234", "v", "V2", "x", "v1x", ".", " " })
            texts.Add($"{yy}{mm}.{num}{tail}");
        var random = new Random(20261201);
        const string alphabet = "0123456789.v/-a";
        for (var i = 0; i < 20000; i++)
            texts.Add(new string(Enumerable.Range(0, random.Next(6, 15)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));
        for (var i = 0; i < 20000; i++)
            texts.Add($"{Digits(4)}.{Digits(random.Next(3, 7))}{(random.Next(3) == 0 ? "v" + Digits(random.Next(0, 5)) : "")}");

        var checkedAccepted = 0;
        foreach (var t in texts)
        {
            var viaShortcut = ArxivId.TryParse(t, out var a);
            var viaPattern = ArxivId.TryParseByPattern(t.Trim(), out var b);
            Assert.True(viaShortcut == viaPattern, $"'{t}': TryParse {viaShortcut}, pattern {viaPattern}");
            Assert.Equal(b, a);
            if (viaShortcut) checkedAccepted++;
        }
        Assert.True(checkedAccepted > 400, $"only {checkedAccepted} accepted ids were compared");
    }

    [Theory]
    [InlineData("２１０６.０９６８５")]
    [InlineData("ａｒＸｉｖ：２１０６．０９６８５ｖ２")]
    public void TryParse_FullWidthForms_ReadAsTheAsciiId(string text)
    {
        Assert.True(ArxivId.TryParse(text, out var id));
        Assert.Equal("2106.09685", id.Base);
        Assert.True(ArxivId.TryParseUrlOrId("https://arxiv.org/abs/" + text.Replace("ａｒＸｉｖ：", ""), out var fromUrl));
        Assert.Equal("2106.09685", fromUrl.Base);
    }

    [Theory]
    [InlineData("٢١٠٦.٠٩٦٨٥")]            // Arabic-Indic digits
    [InlineData("hep-th/٩٩٠١٠٠١")]
    public void TryParse_NonAsciiDigits_Rejected(string text)
    {
        Assert.False(ArxivId.TryParse(text, out _));
        Assert.False(ArxivId.TryParseUrlOrId("https://arxiv.org/abs/" + text, out _));
    }
}
