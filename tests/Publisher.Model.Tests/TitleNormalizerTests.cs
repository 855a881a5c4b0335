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
