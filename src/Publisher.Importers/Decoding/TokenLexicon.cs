namespace Publisher.Importers.Decoding;

/// <summary>
/// Chinese words of recent web text: the tokens of the o200k_base byte-pair vocabulary (GPT-4o's,
/// from Microsoft.ML.Tokenizers.Data.O200kBase) that are two to <see cref="ChineseLexicon.MaxWordLength"/>
/// whole ideographs, about 3,600, taken out at build time by tools/DictionaryCompiler. A byte-pair
/// vocabulary keeps a sequence only when it is frequent in its training text, so mojibake repair counts
/// such a word as at least moderately common where jieba's 2013 dictionary ranks it low (乱码, 字段).
/// Loaded on first use, once per process.
/// </summary>
internal sealed class TokenLexicon
{
    private const string ResourceName = "Publisher.Importers.Decoding.o200k-words.bin";

    private static readonly Lazy<TokenLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private TokenLexicon(string chars, int[] ends)
    {
        var words = new string[ends.Length];
        for (int i = 0, start = 0; i < ends.Length; start = ends[i++]) words[i] = chars[start..ends[i]];
        Words = words;
    }

    /// <summary>The shared word list, loaded on first access.</summary>
    public static TokenLexicon Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>The words, in ordinal order.</summary>
    public IReadOnlyList<string> Words { get; }

    // Written by tools/DictionaryCompiler/WebTokenCompiler.cs: the words' characters, then where each ends.
    private static TokenLexicon Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.WebTokens);
        return new TokenLexicon(new string(file.ReadArray<char>()), file.ReadArray<int>());
    }
}
