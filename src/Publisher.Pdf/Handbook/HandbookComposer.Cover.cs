using System.Globalization;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    private void ComposeCover()
    {
        _doc.Blocks.Add(new PageBreak(decorate: false));
        var center = new ParagraphStyle { Align = TextAlign.Center, SpaceAfter = 8, LineHeight = 1.3f };
        Add(new Spacer(_options.Page.ContentHeight * 0.22f));
        Add(Paragraph.Of(T(_options.Title), _s.ChapterTitle with { Size = _options.BodySize * 3f }, center with { SpaceAfter = 14 }));
        if (_options.Subtitle is { Length: > 0 } subtitle)
            Add(Paragraph.Of(T(subtitle), _s.SectionTitle with { Role = FontRole.Regular, Color = HandbookStyles.Ink }, center));
        var created = _doc.Metadata.Created ?? DateTimeOffset.UtcNow;
        var edition = _options.Edition ?? created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " edition";
        Add(Paragraph.Of(T(edition), _s.Body with { Color = HandbookStyles.Muted }, center with { SpaceAfter = 40 }));

        var entries = _plan.Entries.Count();
        var tables = _plan.Chapters.Sum(c => c.Tables.Count);
        var counts = $"{entries} works · {_plan.Chapters.Count} chapters · {tables} tables · {_catalog.Inputs.Count} source lists";
        Add(Paragraph.Of(counts, _s.Body, center with { SpaceAfter = 16 }));
        if (_catalog.Inputs.Count > 0)
        {
            Add(Paragraph.Of("Sources", _s.SubTitle, center with { SpaceAfter = 4 }));
            foreach (var input in _catalog.Inputs.Take(40))
                Add(Paragraph.Of($"{T(Path.GetFileName(input.File))} — {input.Entries.ToString(CultureInfo.InvariantCulture)} entries ({input.Importer})", _s.Small, center with { SpaceAfter = 1 }));
            if (_catalog.Inputs.Count > 40)
                Add(Paragraph.Of($"… and {(_catalog.Inputs.Count - 40).ToString(CultureInfo.InvariantCulture)} more", _s.Small, center));
        }
    }
}
