using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>Named text styles of the handbook, derived from the body size (typography in one place).</summary>
internal sealed class HandbookStyles(float body)
{
    public const uint Ink = 0xFF222222, Muted = 0xFF666666, Accent = 0xFF1A3D6D, LinkBlue = 0xFF1558B0;

    public TextStyle Body { get; } = new(FontRole.Regular, body, Ink);
    public TextStyle BodyEnglish { get; } = new(FontRole.Regular, body - 0.5f, 0xFF3A3A3A);
    public TextStyle Small { get; } = new(FontRole.Regular, body - 1.5f, Muted);
    public TextStyle Tiny { get; } = new(FontRole.Regular, body - 2f, 0xFF888888);
    public TextStyle LinkLabel { get; } = new(FontRole.Regular, body - 1.5f, LinkBlue);
    public TextStyle EntryTitle { get; } = new(FontRole.Bold, body + 1f, Accent);
    public TextStyle AltTitle { get; } = new(FontRole.Regular, body, Ink);
    public TextStyle ChapterLabel { get; } = new(FontRole.Regular, body + 1.5f, Muted);
    public TextStyle ChapterTitle { get; } = new(FontRole.Bold, body * 2.1f, Accent);
    public TextStyle SectionTitle { get; } = new(FontRole.Bold, body * 1.35f, Accent);
    public TextStyle SubTitle { get; } = new(FontRole.Bold, body * 1.1f, Ink);
    public TextStyle ContentsChapter { get; } = new(FontRole.Bold, body + 0.5f, Ink);
    public TextStyle ContentsSection { get; } = new(FontRole.Regular, body, Ink);
    public TextStyle Mono { get; } = new(FontRole.Mono, body - 1f, 0xFF333333);
    public TextStyle TableHeader { get; } = new(FontRole.Bold, body - 1.5f, Ink);
    public TextStyle TableCell { get; } = new(FontRole.Regular, body - 1.5f, Ink);
    public TextStyle Index { get; } = new(FontRole.Regular, body - 1f, Ink);
}
