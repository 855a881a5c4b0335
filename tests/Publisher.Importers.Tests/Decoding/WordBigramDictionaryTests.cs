using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class WordBigramDictionaryTests
{
    // Expected counts are what SmartCn's own WordDictionary and BigramDictionary return for these
    // keys (read once through the package's classes): our reader must agree with theirs.
    [Theory]
    [InlineData("任务", 2529)]
    [InlineData("中", 26063)]
    [InlineData("不", 30297)]
    [InlineData("与", 19851)]
    [InlineData("数据", 373)]
    [InlineData(WordBigramDictionary.LatinWord, 2963)]
    [InlineData("没有这个词", 0)]
    public void CountOf_Word_MatchesSmartCnsOwnReader(string word, int expected)
    {
        Assert.Equal(expected, WordBigramDictionary.Shared.CountOf(word));
    }

    [Theory]
    [InlineData("任务", "中", 15)]
    [InlineData("任务", "不", 7)]
    [InlineData("中", "均", 14)]
    [InlineData("与", "人类", 37)]
    [InlineData("不", "人类", 0)]
    [InlineData("项目", "中", 62)]
    [InlineData(WordBigramDictionary.LineStart, "与", 391)]
    public void CountAfter_WordPair_MatchesSmartCnsOwnReader(string first, string second, int expected)
    {
        var dictionary = WordBigramDictionary.Shared;

        Assert.Equal(expected, dictionary.CountAfter(WordBigramDictionary.PrefixKey(first), second));
    }

    [Theory]
    [InlineData("任务")]
    [InlineData("与")]
    [InlineData(WordBigramDictionary.LineStart)]
    public void Find_KnownWord_GivesItsSpelling(string word)
    {
        var dictionary = WordBigramDictionary.Shared;

        var id = dictionary.Find(word);

        Assert.Equal(word, dictionary.WordOf(id).ToString());
    }

    [Fact]
    public void TotalWords_CompiledFile_IsTheSumOfTheWordCounts()
    {
        // The compiler stores the total beside the counts; every unigram score divides by it.
        var d = WordBigramDictionary.Shared;

        Assert.Equal(Enumerable.Range(0, d.WordCount).Sum(id => (long)d.CountOf(id)), d.TotalWords);
    }

    [Fact]
    public void Find_UnknownWord_IsMinusOne()
    {
        Assert.Equal(-1, WordBigramDictionary.Shared.Find("没有这个词"));
    }

    [Fact]
    public void MostFrequent_FirstWords_AreInDescendingOrderOfCount()
    {
        var top = WordBigramDictionary.Shared.MostFrequent(50);

        Assert.Equal(50, top.Count);
        Assert.Equal(top.OrderByDescending(w => w.Count).Select(w => w.Count), top.Select(w => w.Count));
    }

    [Fact]
    public void Shared_Loaded_HoldsTheWholeDictionaries()
    {
        var dictionary = WordBigramDictionary.Shared;

        Assert.InRange(dictionary.WordCount, 60_000, 85_607);
        Assert.InRange(dictionary.BigramCount, 300_000, 402_137);
    }

    // Word classes are jieba's parts of speech: n noun, v verb, a adjective.
    [Theory]
    [InlineData('n', '与', '不')]
    [InlineData('n', '中', '不')]
    public void BeforeBonus_NounBeforeCharacter_FavoursTheCharacterThatFollowsNouns(char left, char likelier, char lesser)
    {
        var classes = WordClassBigrams.Shared;

        Assert.True(classes.BeforeBonus(left, likelier) > classes.BeforeBonus(left, lesser));
    }

    [Theory]
    [InlineData('不', 'v', '与')]
    [InlineData('不', 'a', '中')]
    [InlineData('与', 'n', '不')]
    public void AfterBonus_ClassAfterCharacter_FavoursTheCharacterThatPrecedesIt(char likelier, char right, char lesser)
    {
        var classes = WordClassBigrams.Shared;

        Assert.True(classes.AfterBonus(likelier, right) > classes.AfterBonus(lesser, right));
    }
}
