using Publisher.Pdf.Formulas;

namespace Publisher.Pdf.Tests;

/// <summary>Typeset formulas kept in a folder between runs, so a second run does not load MathJax.</summary>
public sealed class MathCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publisher-formulas-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Typeset_SecondTypesetterSameFolder_ReadsTheCacheWithoutLoadingMathJax()
    {
        var first = new MathTypesetter(_folder);
        var typeset = first.Typeset(@"\frac{a}{b} + x^2", display: true, 10);
        Assert.Equal(1, first.Converted);
        Assert.Single(Directory.GetFiles(_folder, "*.svg"));

        var second = new MathTypesetter(_folder);
        var cached = second.Typeset(@"\frac{a}{b} + x^2", display: true, 10);
        Assert.Equal((1, 0, TimeSpan.Zero), (second.FromCache, second.Converted, second.LoadTime));
        Assert.Equal((typeset.Box!.Width, typeset.Box.Ascent, typeset.Box.Descent), (cached.Box!.Width, cached.Box.Ascent, cached.Box.Descent));

        // The mode is part of the key: the inline form is typeset, not taken from the display one.
        second.Typeset(@"\frac{a}{b} + x^2", display: false, 10);
        Assert.Equal(1, second.Converted);
    }

    [Fact]
    public void Typeset_RejectedFormula_NotCachedAndReportedAgain()
    {
        var first = new MathTypesetter(_folder);
        Assert.NotNull(first.Typeset(@"\frac{a}{", display: false, 10).Error);
        Assert.Empty(Directory.GetFiles(_folder, "*.svg"));
        // A later build asks MathJax again and gets the same error: nothing in the cache stands in for it.
        var second = new MathTypesetter(_folder);
        Assert.NotNull(second.Typeset(@"\frac{a}{", display: false, 10).Error);
        Assert.Equal((0, 1), (second.FromCache, second.Converted));
    }

    [Fact]
    public void Typeset_DamagedCacheFile_TypesetAgain()
    {
        new MathTypesetter(_folder).Typeset("y_1", display: false, 10);
        var file = Assert.Single(Directory.GetFiles(_folder, "*.svg"));
        File.WriteAllText(file, "<svg");
        var second = new MathTypesetter(_folder);
        Assert.NotNull(second.Typeset("y_1", display: false, 10).Box);
        Assert.Equal((0, 1), (second.FromCache, second.Converted));
    }
}
