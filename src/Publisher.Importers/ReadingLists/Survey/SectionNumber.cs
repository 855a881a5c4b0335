namespace Publisher.Importers.ReadingLists.Survey;

/// <summary>A dotted section number (<c>1.6.1</c>) and whether another may follow it in a document.</summary>
internal sealed record SectionNumber(IReadOnlyList<int> Parts)
{
    /// <summary>Parses <c>1.6.1</c>; null when it is not a dotted number.</summary>
    public static SectionNumber? TryParse(string s)
    {
        var parts = new List<int>();
        foreach (var p in s.Split('.'))
        {
            if (p.Length is 0 or > 3 || !int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
            parts.Add(n);
        }
        return parts.Count is > 0 and <= 6 ? new SectionNumber(parts) : null;
    }

    /// <summary>
    /// True when <paramref name="next"/> can follow this heading: its first child, a later sibling,
    /// or a later sibling of an ancestor; a gap of up to two numbers is tolerated (a lost page).
    /// </summary>
    public bool CanBeFollowedBy(SectionNumber next)
    {
        var m = next.Parts.Count;
        if (m > Parts.Count + 1) return false;
        for (var i = 0; i < m - 1; i++) if (next.Parts[i] != Parts[i]) return false;
        var last = next.Parts[m - 1];
        if (m == Parts.Count + 1) return last is 1 or 2;
        var gap = last - Parts[m - 1];
        return gap is >= 1 and <= 3;
    }

    /// <summary>Depth: 1 for <c>3</c>, 3 for <c>1.6.1</c>.</summary>
    public int Depth => Parts.Count;

    /// <inheritdoc />
    public override string ToString() => string.Join('.', Parts);
}
