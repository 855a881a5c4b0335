using Publisher.Importers.ReadingLists.Coverage;

namespace Publisher.Importers.Tests.Coverage;

/// <summary>What may and may not become a title.</summary>
public sealed class TitleTextTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2401.00001")]
    [InlineData("Paper")]
    [InlineData("pdf")]
    [InlineData("代码")]
    [InlineData("📄")]
    [InlineData("Wei et al., 2022")]
    [InlineData("Smith 2021")]
    [InlineData("NeurIPS 2023")]
    [InlineData("2303.06146")]
    [InlineData("arXiv:2303.06146")]
    [InlineData("---")]
    [InlineData("Github Repo")]
    [InlineData("Summary: An invented dataset of toy instructions.")] // a labelled field describes, it does not name
    [InlineData("License: Invented Licence 1.0")]
    [InlineData("简介：一个虚构的数据集")]
    public void IsTitle_LinkWordUrlIdOrCitation_False(string text) => Assert.False(TitleText.IsTitle(TitleText.Clean(text)));

    [Theory]
    [InlineData("Invented Study of Toy Models")]
    [InlineData("LLaMA-X: A Made-Up Model")]
    [InlineData("ToyNet")]
    [InlineData("虚构的中文标题")]
    public void IsTitle_WorkTitle_True(string text) => Assert.True(TitleText.IsTitle(TitleText.Clean(text)));

    [Theory]
    [InlineData("1. **\"Quoted Title\"**.", "Quoted Title")]
    [InlineData("论文 Fictional Scaling Laws", "Fictional Scaling Laws")]
    [InlineData("Title With Empty Parens ()", "Title With Empty Parens")]
    [InlineData("(toy-lab/Invented-Alpaca)|52K|EN|MT|SI", "toy-lab/Invented-Alpaca")] // a name, then a table row's fields
    [InlineData("ToyModel-1|1.4|2.8|12B", "ToyModel-1|1.4|2.8|12B")] // sizes of one model: not cut
    public void Clean_Decorations_Removed(string text, string expected) => Assert.Equal(expected, TitleText.Clean(text));
}
