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
}
