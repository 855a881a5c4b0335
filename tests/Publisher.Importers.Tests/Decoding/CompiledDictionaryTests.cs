using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class CompiledDictionaryTests
{
    [Fact]
    public void Open_MissingResource_SaysSo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CompiledDictionary.Open("Publisher.Importers.Decoding.none.bin", CompiledDictionary.Lexicon));

        Assert.Contains("none.bin", error.Message);
    }

    [Fact]
    public void Open_ResourceOfAnotherKind_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => CompiledDictionary.Open("Publisher.Importers.Decoding.jieba-lexicon.bin", CompiledDictionary.WordBigrams));
    }

    [Theory]
    [InlineData("Publisher.Importers.Decoding.jieba-lexicon.bin", CompiledDictionary.Lexicon)]
    [InlineData("Publisher.Importers.Decoding.smartcn-bigrams.bin", CompiledDictionary.WordBigrams)]
    [InlineData("Publisher.Importers.Decoding.jieba-char-states.bin", CompiledDictionary.CharacterPositions)]
    [InlineData("Publisher.Importers.Decoding.jieba-person-names.bin", CompiledDictionary.PersonNameCharacters)]
    public void Open_EmbeddedDictionary_HasTheCurrentFormat(string resource, int kind)
    {
        using var file = CompiledDictionary.Open(resource, kind);

        Assert.NotNull(file);
    }
}
