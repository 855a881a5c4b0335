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
    [InlineData("开源地址为")] // where a project lives, not its name
    [InlineData("该项目的开源地址是")]
    [InlineData("Github 地址")]
    [InlineData("简体中文")] // a link to a language version
    [InlineData("中国台湾繁体")]
    [InlineData("English")]
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
    [InlineData("🔥🔥[Toy Tag] ToyNet: Invented Attention for Pretend Models(@Invented Lab&Toy University)", "ToyNet: Invented Attention for Pretend Models")]
    [InlineData("🔥[ToyLLaVA] [ICLR2025] ToyLLaVA: Invented Sparse Vision Tokens (@Toy Lab, Pretend Inc)", "ToyLLaVA: Invented Sparse Vision Tokens")]
    [InlineData("[ToyServe](@Invented Cloud)", "ToyServe")]
    [InlineData("ToyQuant: Invented Adaptive Quantization(@@mail.toy.edu)", "ToyQuant: Invented Adaptive Quantization")]
    [InlineData("ToyCache: Pretend Cache Compression(@)", "ToyCache: Pretend Cache Compression")] // the tag is the whole title when only an institution follows
    [InlineData("PretendNet ⭐ ", "PretendNet")]
    [InlineData("玩具模型开源地址为", "玩具模型")] // "(its) open-source address is" after a name
    [InlineData("ToyNet-2 论文链接", "ToyNet-2")]
    [InlineData("虚构的模型地址解析方法", "虚构的模型地址解析方法")] // a title ending in 地址… words is not cut
    public void Clean_Decorations_Removed(string text, string expected) => Assert.Equal(expected, TitleText.Clean(text));

    [Theory]
    [InlineData("开源地址为：", true)]
    [InlineData("该项目的开源地址是", true)]
    [InlineData("GitHub地址", true)]
    [InlineData("论文 github 地址", true)]
    [InlineData("论文下载地址：", true)]
    [InlineData("玩具模型开源地址为", false)] // names its project
    [InlineData("虚构的中文标题", false)]
    public void IsAddressLabel_Label_Expected(string text, bool expected) => Assert.Equal(expected, TitleText.IsAddressLabel(text));
}
