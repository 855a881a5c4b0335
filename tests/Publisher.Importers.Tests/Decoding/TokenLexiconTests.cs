using Publisher.Importers.Decoding;
using Publisher.Model;

namespace Publisher.Importers.Tests.Decoding;

public class TokenLexiconTests
{
    // o200k_base has 乱码, 字段 and 模型 as tokens (jieba's dictionary saw the first two 10 and 6 times).
    [Theory]
    [InlineData("乱码")]
    [InlineData("字段")]
    [InlineData("模型")]
    public void Words_TokenOfWholeIdeographs_Listed(string word)
    {
        Assert.Contains(word, TokenLexicon.Shared.Words);
    }

    // "app下载" and " 天天" are tokens too: the first is not whole ideographs, the second is listed without its space.
    [Theory]
    [InlineData("乱砍")]
    [InlineData("南段")]
    [InlineData("app下载")]
    [InlineData(" 天天")]
    public void Words_NoTokenOfWholeIdeographs_NotListed(string text)
    {
        Assert.DoesNotContain(text, TokenLexicon.Shared.Words);
    }

    [Fact]
    public void Words_CompiledFromO200k_AreThousandsOfIdeographWordsInOrdinalOrder()
    {
        var words = TokenLexicon.Shared.Words;

        // About 3,600 tokens of two to eight ideographs (leading spaces dropped, duplicates merged).
        Assert.InRange(words.Count, 3_000, 4_000);
        Assert.All(words, w => Assert.True(w.Length is >= 2 and <= ChineseLexicon.MaxWordLength && w.All(CjkText.IsIdeograph), w));
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        Assert.Contains("天天", words);
    }
}
