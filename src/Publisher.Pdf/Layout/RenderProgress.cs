namespace Publisher.Pdf.Layout;

/// <summary>
/// Where rendering stands: in <see cref="RenderPhase.LayingOut"/>, <paramref name="Pages"/> pages started so far
/// (<paramref name="PageCount"/> is 0, unknown); in <see cref="RenderPhase.Writing"/>, pages written of <paramref name="PageCount"/>.
/// Reported once per page, on the rendering thread.
/// </summary>
public readonly record struct RenderProgress(RenderPhase Phase, int Pages, int PageCount);
