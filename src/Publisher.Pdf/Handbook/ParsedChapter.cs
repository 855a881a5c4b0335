using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Syntax;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// A Markdown chapter parsed once: the chapter's title, the planner's citation scan, the formula preload and
/// the renderer all read this one tree (kept per chapter object, so configuration, planning and composing share it).
/// </summary>
internal sealed class ParsedChapter
{
    private static readonly ConditionalWeakTable<FrontMatterChapter, ParsedChapter> Parsed = new();

    private ParsedChapter(FrontMatterChapter source)
    {
        Source = source;
        Document = Markdown.Parse(source.Markdown, HandbookMarkdown.Pipeline);
        TitleHeading = Document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
    }

    /// <summary>The parsed form of <paramref name="chapter"/> (parsed on first use).</summary>
    public static ParsedChapter Of(FrontMatterChapter chapter) => Parsed.GetValue(chapter, c => new ParsedChapter(c));

    /// <summary>The chapter as given.</summary>
    public FrontMatterChapter Source { get; }
    /// <summary>Markdig's tree of the chapter.</summary>
    public MarkdownDocument Document { get; }
    /// <summary>The first top-level level-1 heading (ATX or setext): the chapter title, printed apart from the body.</summary>
    public HeadingBlock? TitleHeading { get; }

    /// <summary>
    /// The chapter title as every plain-text use shows it (running head, contents, bookmarks, PDF keywords): the
    /// title heading's text with its source number removed, citations printed as <paramref name="printer"/> prints
    /// them (as written when null, before numbers exist); else the file name without extension.
    /// </summary>
    public string Title(CitationPrinter? printer)
    {
        var text = TitleHeading is null ? "" : HeadingText(TitleHeading, printer);
        return text.Length > 0 ? text : Path.GetFileNameWithoutExtension(Source.Name);
    }

    /// <summary>A heading's plain text: cleaned, without the number the source gave it ("2.2.1 PPO" → "PPO").</summary>
    public static string HeadingText(HeadingBlock heading, CitationPrinter? printer) =>
        HandbookMarkdown.WithoutNumber(PdfText.Clean(new PlainTextWalker(printer).Text(heading)));
}
