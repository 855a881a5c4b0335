namespace Publisher.Pdf.Layout;

/// <summary>
/// The paginator: blocks ask it for vertical space; it starts a new page when the space runs out
/// and records on which page each named destination landed.
/// </summary>
public sealed class PageFlow
{
    private readonly List<Page> _pages = [];
    private readonly Dictionary<string, int> _destinations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _marks = new(StringComparer.Ordinal);
    private Page? _current;

    private readonly IProgress<RenderProgress>? _progress;

    internal PageFlow(PageSetup setup, TextShaper shaper, IProgress<RenderProgress>? progress = null)
    {
        Setup = setup;
        Shaper = shaper;
        _progress = progress;
    }

    /// <summary>Page geometry.</summary>
    public PageSetup Setup { get; }
    internal TextShaper Shaper { get; }
    internal IReadOnlyList<Page> Pages => _pages;
    internal IReadOnlyDictionary<string, int> Destinations => _destinations;

    /// <summary>Left edge of the content area.</summary>
    public float Left => Setup.MarginLeft;
    /// <summary>Width of the content area.</summary>
    public float Width => Setup.ContentWidth;
    /// <summary>Top of the free space on the current page (points from the page top).</summary>
    public float Y { get; private set; }
    /// <summary>Bottom of the content area.</summary>
    public float Bottom => Setup.Height - Setup.MarginBottom;
    /// <summary>Free height left on the current page.</summary>
    public float Remaining => Bottom - Y;
    /// <summary>True when nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => _current is not null && Y <= Setup.MarginTop + 0.01f;
    /// <summary>Running header for pages started from now on.</summary>
    public string? RunningHeader { get; set; }
    /// <summary>Whether pages started from now on get header and footer.</summary>
    public bool Decorate { get; set; } = true;
    /// <summary>1-based number of the current page (starts one if none).</summary>
    public int PageNumber => Current.Number;

    internal Page Current => _current ?? NewPage();

    /// <summary>Starts a new page.</summary>
    internal Page NewPage()
    {
        _current = new Page(_pages.Count + 1, RunningHeader, Decorate);
        _pages.Add(_current);
        Y = Setup.MarginTop;
        _progress?.Report(new RenderProgress(RenderPhase.LayingOut, _pages.Count, 0));
        return _current;
    }

    /// <summary>Starts a new page unless the current one is still empty.</summary>
    public void BreakPage()
    {
        if (_current is null || !AtPageTop) NewPage();
    }

    /// <summary>Moves to a new page when <paramref name="height"/> does not fit (an empty page always takes it).</summary>
    public void EnsureSpace(float height)
    {
        if (_current is null) NewPage();
        else if (height > Remaining && !AtPageTop) NewPage();
    }

    /// <summary>Consumes vertical space.</summary>
    public void Advance(float height)
    {
        _ = Current;
        Y += height;
    }

    /// <summary>Adds vertical space unless at the top of a page (space never starts a page).</summary>
    public void Space(float height)
    {
        if (_current is null || AtPageTop) return;
        Y = Math.Min(Y + height, Bottom);
    }

    /// <summary>Places a named destination at the current position.</summary>
    public void Destination(string name)
    {
        var page = Current;
        _destinations[name] = page.Number;
        page.Ops.Add(new DestinationOp(name, Left, Math.Max(0, Y - 4)));
    }

    /// <summary>Records the current page under a name without placing a destination (a citation whose pages the bibliography lists).</summary>
    public void Mark(string name)
    {
        var page = Current.Number;
        if (_marks.TryGetValue(name, out var pages)) { if (pages[^1] != page) pages.Add(page); }
        else _marks[name] = [page];
    }

    internal IReadOnlyDictionary<string, List<int>> Marks => _marks;

    internal void Add(DrawOp op) => Current.Ops.Add(op);
}
