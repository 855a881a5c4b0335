using Publisher.Model;
using Publisher.Importers.ReadingLists.Common;

namespace Publisher.Importers.Tests.Common;

public sealed class TopicPathTests
{
    [Fact]
    public void Current_NestedHeadings_JoinsPathWithSlash()
    {
        var path = new TopicPath();
        path.Enter(2, "开源项目和相关资源 🍔");
        path.Enter(3, "指令微调");
        path.Enter(4, "数据");
        path.Enter(3, "RLHF");
        Assert.Equal("开源项目和相关资源 / RLHF", path.Current);
    }

    [Theory]
    [InlineData("Benchmarks ⚖️", "Benchmarks")]
    [InlineData("paper list & repo 📜", "paper list & repo")]
    [InlineData("✨ Tools", "Tools")]
    [InlineData("人工反馈强化学习（RLHF）", "人工反馈强化学习（RLHF）")]
    public void StripEmoji_Heading_KeepsTextAndCjkPunctuation(string input, string expected) =>
        Assert.Equal(expected, TopicPath.StripEmoji(input));

    [Theory]
    [InlineData("这是中文摘要。", "zh")]
    [InlineData("An English note.", "en")]
    [InlineData("QLoRA 是一种方法", "zh")]
    public void Guess_Text_GivesLanguage(string text, string expected) => Assert.Equal(expected, CjkText.GuessLanguage(text));
}
