using Publisher.Model;

namespace Publisher.Model.Tests;

public class DoiTests
{
    [Theory]
    [InlineData("10.1145/3442188.3445922", "10.1145/3442188.3445922")]
    [InlineData("doi:10.18653/v1/2020.acl-main.463", "10.18653/v1/2020.acl-main.463")]
    [InlineData("https://doi.org/10.48550/arXiv.2106.09685", "10.48550/arXiv.2106.09685")]
    public void TryParse_ValidForms_ReturnsBareDoi(string text, string expected)
    {
        Assert.True(Doi.TryParse(text, out var doi));
        Assert.Equal(expected, doi.Value);
    }

    [Theory]
    [InlineData("11.1234/x")]
    [InlineData("10.12/x")]
    [InlineData("not a doi")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(Doi.TryParse(text, out _));

    [Fact]
    public void Equals_DifferentCase_AreEqual() => Assert.Equal(Doi.Parse("10.1000/ABC"), Doi.Parse("10.1000/abc"));
}
