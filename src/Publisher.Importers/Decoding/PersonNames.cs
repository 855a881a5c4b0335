namespace Publisher.Importers.Decoding;

/// <summary>
/// How Chinese personal names are spelled: which characters begin a name (surnames: 王, 李, 吴 …)
/// and which fill the given name, counted over the two- and three-character person names (part
/// of speech <c>nr</c>) of jieba's dictionary. Mojibake repair scores a damaged character inside a
/// name no dictionary lists (吴宇航, not 却宇航) with it. Counted at build time by
/// tools/DictionaryCompiler from the same dict.txt as <see cref="ChineseLexicon"/>; loaded on first
/// use, once per process.
/// </summary>
internal sealed class PersonNames
{
    private const string ResourceName = "Publisher.Importers.Decoding.jieba-person-names.bin";

    // Add-one smoothing is too kind to characters never seen in names; half a count keeps them rare.
    private const double Smoothing = 0.5;

    private static readonly Lazy<PersonNames> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // log P(character | first of a name) and log P(character | later in a name), for the basic plane.
    private readonly float[] first;
    private readonly float[] rest;

    private PersonNames(float[] first, float[] rest)
    {
        this.first = first;
        this.rest = rest;
    }

    /// <summary>The shared tables, loaded on first access.</summary>
    public static PersonNames Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>log P(<paramref name="c"/> begins a name).</summary>
    public float First(char c) => first[c];

    /// <summary>log P(<paramref name="c"/> continues a name).</summary>
    public float Rest(char c) => rest[c];

    // Written by tools/DictionaryCompiler/PersonNamesCompiler.cs: for first and later characters, the
    // log-probability of an unseen character, then the characters seen and their log-probabilities.
    private static PersonNames Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.PersonNameCharacters);
        return new PersonNames(ReadTable(file), ReadTable(file));
    }

    private static float[] ReadTable(CompiledDictionary file)
    {
        var table = new float[char.MaxValue + 1];
        Array.Fill(table, file.ReadSingle());
        var chars = file.ReadArray<char>();
        var logProbs = file.ReadArray<float>();
        for (var i = 0; i < chars.Length; i++) table[chars[i]] = logProbs[i];
        return table;
    }

    /// <summary>log P of a character seen <paramref name="count"/> times among <paramref name="total"/>, smoothed (computed by the dictionary compiler).</summary>
    public static float LogShare(int count, long total) =>
        (float)(Math.Log(count + Smoothing) - Math.Log(total + Smoothing * 21_000));
}
