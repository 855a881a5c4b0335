using System.Globalization;
using Publisher.Pdf.Layout;

namespace Publisher.Cli.Progress;

/// <summary>
/// Turns the handbook's per-page <see cref="RenderProgress"/> into what a person reads: pages laid out,
/// then pages written of the total. A live status line takes every report; redirected output gets a
/// line every <see cref="LineEvery"/> pages, one when layout ends and one for the last page written.
/// </summary>
internal sealed class HandbookProgressView(Action<string> report, bool everyPage) : IProgress<RenderProgress>
{
    /// <summary>Pages between two plain lines (a 1,300-page book prints about a dozen).</summary>
    public const int LineEvery = 250;

    /// <inheritdoc />
    public void Report(RenderProgress value)
    {
        if (value.Phase == RenderPhase.Writing && value.Pages == 1)
            report(string.Create(CultureInfo.InvariantCulture, $"laid out {value.PageCount} pages"));
        var last = value.Phase == RenderPhase.Writing && value.Pages == value.PageCount;
        if (!everyPage && !last && value.Pages % LineEvery != 0) return;
        report(value.Phase == RenderPhase.LayingOut
            ? string.Create(CultureInfo.InvariantCulture, $"laying out: {value.Pages} pages")
            : string.Create(CultureInfo.InvariantCulture, $"{(last ? "wrote" : "writing")} {value.Pages}/{value.PageCount} pages"));
    }
}
