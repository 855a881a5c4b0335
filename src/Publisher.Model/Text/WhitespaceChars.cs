using System.Buffers;

namespace Publisher.Model;

/// <summary>
/// The characters <see cref="char.IsWhiteSpace(char)"/> accepts, as vectorised search sets, so that text
/// can be scanned for whitespace a block at a time with exactly the per-character test's answer.
/// </summary>
public static class WhitespaceChars
{
    /// <summary>Every whitespace character.</summary>
    public static SearchValues<char> All { get; } = Create(_ => true);

    /// <summary>Every whitespace character except the plain space.</summary>
    public static SearchValues<char> AllButSpace { get; } = Create(c => c != ' ');

    /// <summary>Every whitespace character except the plain space and the no-break space (U+00A0).</summary>
    public static SearchValues<char> AllButSpaceAndNoBreakSpace { get; } = Create(c => c is not (' ' or '\u00A0'));

    private static SearchValues<char> Create(Func<char, bool> keep)
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (char.IsWhiteSpace((char)c) && keep((char)c)) chars.Add((char)c);
        return SearchValues.Create(chars.ToArray());
    }
}
