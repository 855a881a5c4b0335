using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class ChineseLexiconTests
{
    // Counts are those of jieba's dict.txt (任务 15213, 的 318825, 华佗 66); 语料 (3 there) and
    // 参数量 (absent) are lifted to 3,000 by CommonWords. UnknownLogProb is minus the log of the total.
    [Theory]
    [InlineData("任务", 15213)]
    [InlineData("的", 318825)]
    [InlineData("华佗", 66)]
    [InlineData("语料", 3000)]
    [InlineData("参数量", 3000)]
    public void LogProbOf_CompiledWord_IsItsCountOverTheTotal(string word, int count)
    {
        var lexicon = ChineseLexicon.Shared;

        var node = lexicon.Find(word);

        Assert.True(node > ChineseLexicon.Root);
        Assert.Equal(Math.Log(count), lexicon.LogProbOf(node) - lexicon.UnknownLogProb, 3);
    }

    [Fact]
    public void LogProbOf_PrefixOfLongerWordsOnly_IsNaN()
    {
        var lexicon = ChineseLexicon.Shared;

        // 一箭 is not in jieba's dictionary, 一箭双雕 is.
        var node = lexicon.Find("一箭");

        Assert.True(node > ChineseLexicon.Root);
        Assert.True(float.IsNaN(lexicon.LogProbOf(node)));
        Assert.False(float.IsNaN(lexicon.LogProbOf(lexicon.Find("一箭双雕"))));
    }

    [Theory]
    [InlineData("模型没有")]
    [InlineData("Café")]
    public void Find_NoWordStartsSo_IsMinusOne(string text)
    {
        Assert.Equal(-1, ChineseLexicon.Shared.Find(text));
    }

    [Fact]
    public void TryStep_EveryCommonWord_IsReachedOneCharacterAtATime()
    {
        var lexicon = ChineseLexicon.Shared;

        foreach (var word in CommonWords.All.Where(w => w.Length >= 2))
        {
            var node = ChineseLexicon.Root;
            foreach (var c in word) Assert.True(lexicon.TryStep(node, c, out node), word);
            Assert.True(lexicon.LogProbOf(node) >= Math.Log(3000) + lexicon.UnknownLogProb - 1e-3, word);
        }
    }

    [Theory]
    [InlineData("模型", 'n')]
    [InlineData("华佗", 'n')]
    [InlineData("的", 'u')]
    public void ClassOf_CompiledWord_IsTheFirstLetterOfJiebasPartOfSpeech(string word, char expected)
    {
        var lexicon = ChineseLexicon.Shared;

        Assert.Equal(expected, lexicon.ClassOf(lexicon.Find(word)));
    }
}
