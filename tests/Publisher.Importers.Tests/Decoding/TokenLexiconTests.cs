using Publisher.Importers.Decoding;
using Publisher.Model;

namespace Publisher.Importers.Tests.Decoding;

public class TokenLexiconTests
{
    // o200k_base has 乱码, 字段 and 模型 as tokens (jieba's dictionary saw the first two 10 and 6
    // times); 乱 alone is only a prefix (a single ideograph is not kept as a word).
    [Theory]
    [InlineData("乱码", true)]
    [InlineData("字段", true)]
    [InlineData("模型", true)]
    [InlineData("乱", false)]
    public void TryFind_TokenOfTheWebVocabulary_IsAWordOrAPrefix(string text, bool isWord)
    {
        Assert.True(TokenLexicon.Shared.TryFind(text, out var found));
        Assert.Equal(isWord, found);
    }

    // "app下载" is a token too, but not of whole ideographs.
    [Theory]
    [InlineData("乱砍")]
    [InlineData("南段")]
    [InlineData("app下载")]
    public void TryFind_NoTokenOfWholeIdeographs_IsNotFound(string text)
    {
        Assert.False(TokenLexicon.Shared.TryFind(text, out _));
    }

    [Fact]
    public void Shared_CompiledFromO200k_HoldsThousandsOfWords()
    {
        // About 3,600 tokens of two to eight ideographs (leading spaces dropped, duplicates merged).
        Assert.InRange(TokenLexicon.Shared.Count, 3_000, 4_000);
    }
}
