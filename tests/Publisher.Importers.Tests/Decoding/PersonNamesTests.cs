using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class PersonNamesTests
{
    // jieba's dict.txt has 64,997 two- and three-character names tagged nr, with 125,453 characters
    // after the first; 吴 begins 627 of them, 却 23, 王 1,819. Half a count smooths, over 21,000 characters.
    private const double Names = 64_997, LaterCharacters = 125_453, Smoothing = 0.5 * 21_000;

    [Theory]
    [InlineData('吴', 627)]
    [InlineData('却', 23)]
    [InlineData('王', 1819)]
    public void First_CompiledFromJiebasNames_IsTheShareOfNamesItBegins(char c, int names)
    {
        Assert.Equal(Math.Log((names + 0.5) / (Names + Smoothing)), PersonNames.Shared.First(c), 4);
    }

    [Fact]
    public void Rest_CharacterNeverInAName_GetsHalfACount()
    {
        Assert.Equal(Math.Log(0.5 / (LaterCharacters + Smoothing)), PersonNames.Shared.Rest('A'), 4);
    }
}
