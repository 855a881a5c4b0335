namespace Publisher.Importers.BibTeX;

/// <summary>An entry as parsed, before its fields are mapped to the model.</summary>
/// <param name="Type">Lower-case entry type (<c>article</c>).</param>
/// <param name="Key">Citation key.</param>
/// <param name="Line">Line of the <c>@</c>.</param>
/// <param name="Fields">Fields in file order.</param>
public sealed record BibTeXRawEntry(string Type, string Key, int Line, IReadOnlyList<BibTeXField> Fields)
{
    /// <summary>The first field of a name (lower-case), or null.</summary>
    public BibTeXField? Field(string name)
    {
        // The parser hands over an array: indexing it avoids an enumerator per look-up (a dozen per entry).
        if (Fields is BibTeXField[] array)
        {
            foreach (var f in array)
                if (f.Name == name) return f;
            return null;
        }
        foreach (var f in Fields)
            if (f.Name == name) return f;
        return null;
    }

    /// <summary>The value of a field, or null.</summary>
    public string? this[string name] => Field(name)?.Value;
}
