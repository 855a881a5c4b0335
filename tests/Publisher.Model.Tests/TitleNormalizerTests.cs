using Publisher.Model;

namespace Publisher.Model.Tests;

public class TitleNormalizerTests
{
    [Theory]
    [InlineData("Attention Is All You Need", "attention is all you need")]
    [InlineData("ＬｏＲＡ：Low-Rank Adaptation", "lora low rank adaptation")]
    [InlineData("  Café—au   lait! ", "cafe au lait")]
    public void Normalize_Variants_GivesCanonicalWords(string title, string expected) => Assert.Equal(expected, TitleNormalizer.Normalize(title));

    [Fact]
    public void NormalizeWithoutPrefix_ModelLabel_IsDropped() =>
        Assert.Equal(TitleNormalizer.Normalize("Language models are unsupervised multitask learners"),
            TitleNormalizer.NormalizeWithoutPrefix("GPT2: Language Models are Unsupervised Multitask Learners"));

    [Fact]
    public void Similarity_NearMissTitles_HighButBelowOneForDifferentWork()
    {
        Assert.True(TitleNormalizer.Similarity("Training language models to follow instructions with human feedback",
            "Training Language Models to Follow Instructions with Human Feedback.") == 1.0);
        Assert.True(TitleNormalizer.Similarity("Scaling Laws for Neural Language Models", "Scaling Laws for Reward Model Overoptimization") < 0.8);
    }
}

public class CjkTextTests
{
    [Theory]
    [InlineData("这是一个虚构的中文摘要。", "zh")]
    [InlineData("QLoRA 是一种虚构的方法", "zh")]
    [InlineData("An invented tool that quantizes small models. 支持中文。", "en")] // mostly English: one Chinese phrase does not make it Chinese
    [InlineData("", "en")]
    public void GuessLanguage_Text_ByShareOfIdeographs(string text, string expected) => Assert.Equal(expected, CjkText.GuessLanguage(text));

    [Fact]
    public void Dice_OnPrecomputedBigrams_EqualsSimilarity()
    {
        const string a = "Training invented models to follow synthetic instructions", b = "Training invented model to follow synthetic instruction";
        var viaBigrams = TitleNormalizer.Dice(TitleNormalizer.Bigrams(TitleNormalizer.Normalize(a)), TitleNormalizer.Bigrams(TitleNormalizer.Normalize(b)));
        Assert.Equal(TitleNormalizer.Similarity(a, b), viaBigrams, 12);
        Assert.InRange(viaBigrams, 0.9, 0.999);
    }
}
