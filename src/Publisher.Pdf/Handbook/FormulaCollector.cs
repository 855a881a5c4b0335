namespace Publisher.Pdf.Handbook;

/// <summary>The formulas the renderer will typeset, in reading order, found by the same walk (so the preload asks for exactly those).</summary>
internal sealed class FormulaCollector : ChapterWalker<List<(string Tex, bool Display)>>
{
    /// <summary>The formulas of a chapter: <c>$$…$$</c> and math blocks are display; outside body text (headings, captions, cells) math prints as its source.</summary>
    public static List<(string Tex, bool Display)> Formulas(FrontMatterChapter chapter)
    {
        var found = new List<(string Tex, bool Display)>();
        new FormulaCollector().WalkChapter(ParsedChapter.Of(chapter), found);
        return found;
    }

    /// <inheritdoc />
    protected override void DisplayMath(string tex, int line, List<(string Tex, bool Display)> found) => found.Add((tex, true));

    /// <inheritdoc />
    protected override void InlineMath(string tex, bool display, int line, List<(string Tex, bool Display)> found)
    {
        if (Place == InlinePlace.Body) found.Add((tex, display));
    }
}
