using Publisher.Pdf.Formulas;
using Publisher.Pdf.Handbook;

namespace Publisher.Pdf.Tests;

/// <summary>Formulas found ahead of rendering and typeset on MathJax's own thread.</summary>
public sealed class MathPreloadTests
{
    [Fact]
    public void Formulas_ChapterWithInlineDisplayBlockAndTableCell_TypesetOnesInReadingOrder()
    {
        const string chapter = """
            # Title

            Inline $a^2$ then display $$\sum_i x_i$$ in a paragraph.

            $$
            \frac{1}{2}
            $$

            | cell | math |
            |---|---|
            | x | $c_1$ |

            - a list item with $\beta$
            """;
        var formulas = FormulaCollector.Formulas(new FrontMatterChapter("c.md", chapter)).Select(f => (f.Tex.Trim(), f.Display)).ToList();
        Assert.Equal([("a^2", false), (@"\sum_i x_i", true), (@"\frac{1}{2}", true), (@"\beta", false)], formulas);
    }

    [Fact]
    public void Preload_ThenTypesetTheSameFormulas_EachConvertedOnce()
    {
        var math = new MathTypesetter();
        (string Tex, bool Display)[] formulas = [("x^2", false), (@"\frac{a}{b}", true), ("x^2", false), (@"\frac{a}{b}", true)];
        Assert.True(math.Preload(formulas).Wait(TimeSpan.FromMinutes(2)), "preload did not finish");
        // The preload itself did the work: both distinct formulas are converted before the book asks for any.
        Assert.Equal(2, math.Converted);
        foreach (var (tex, display) in formulas)
            Assert.NotNull(math.Typeset(tex, display, 10).Box);
        Assert.Equal(2, math.Converted);
    }
}
