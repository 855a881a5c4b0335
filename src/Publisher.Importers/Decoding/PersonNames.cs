using System.Text;

namespace Publisher.Importers.Decoding;

/// <summary>
/// How Chinese personal names are spelled: which characters begin a name (surnames: 王, 李, 吴 …)
/// and which fill the given name, counted over the two- and three-character person names (part
/// of speech <c>nr</c>) of jieba's dictionary. Mojibake repair scores a damaged character inside a
/// name no dictionary lists (吴宇航, not 却宇航) with it. Read from the same embedded dictionary as
/// <see cref="ChineseLexicon"/>, on first use, once per process.
/// </summary>
internal sealed class PersonNames
{
    private const string ResourceName = "Publisher.Importers.Decoding.jieba-dict.txt";

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

    private static PersonNames Load()
    {
        string text;
        using (var stream = typeof(PersonNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build"))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
            text = reader.ReadToEnd();
        var firstCounts = new int[char.MaxValue + 1];
        var restCounts = new int[char.MaxValue + 1];
        long names = 0, restTotal = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            // "词 频次 词性": only the part of speech "nr" (a person's name) counts, each name once.
            var line = text.AsSpan(range).TrimEnd('\r');
            if (!line.EndsWith(" nr")) continue;
            var space = line.IndexOf(' ');
            if (space is not (2 or 3)) continue;
            var word = line[..space];
            firstCounts[word[0]]++;
            foreach (var c in word[1..]) restCounts[c]++;
            names++;
            restTotal += word.Length - 1;
        }
        return new PersonNames(LogShares(firstCounts, names), LogShares(restCounts, restTotal));
    }

    private static float[] LogShares(int[] counts, long total)
    {
        var table = new float[counts.Length];
        var denominator = Math.Log(total + Smoothing * 21_000);
        for (var c = 0; c < counts.Length; c++) table[c] = (float)(Math.Log(counts[c] + Smoothing) - denominator);
        return table;
    }
}
