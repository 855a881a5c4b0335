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
    public void Clean_Decorations_Removed(string text, string expected) => Assert.Equal(expected, TitleText.Clean(text));
}
