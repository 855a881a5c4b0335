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

    // Every prefix of every word: true for a word, false when it is only the start of longer words.
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> prefixes;

    private TokenLexicon(string chars, int[] ends)
    {
        var table = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0, start = 0; i < ends.Length; start = ends[i++])
        {
            var word = chars[start..ends[i]];
            for (var length = 1; length < word.Length; length++) table.TryAdd(word[..length], false);
            table[word] = true;
        }
        Count = ends.Length;
        prefixes = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared word list, loaded on first access.</summary>
    public static TokenLexicon Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>How many words the vocabulary gave.</summary>
    public int Count { get; }

    /// <summary>False when no word starts with <paramref name="text"/>; otherwise <paramref name="isWord"/> says whether it is one.</summary>
    public bool TryFind(ReadOnlySpan<char> text, out bool isWord) => prefixes.TryGetValue(text, out isWord);

    // Written by tools/DictionaryCompiler/WebTokenCompiler.cs: the words' characters, then where each ends.
    private static TokenLexicon Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.WebTokens);
        return new TokenLexicon(new string(file.ReadArray<char>()), file.ReadArray<int>());
    }
}
