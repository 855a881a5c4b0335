using System.Numerics;
using System.Runtime.CompilerServices;

namespace Publisher.Importers.Decoding;

/// <summary>
/// How often one word follows another in Chinese prose: the word and word-bigram dictionaries of
/// Lucene.Net.Analysis.SmartCn (about 62,000 words with counts and 402,000 bigrams), taken out of
/// that package's assembly at build time by tools/DictionaryCompiler. Mojibake repair uses it to
/// tell apart candidates that the unigram lexicon cannot (任务中均 / 任务不均); loaded on first
/// use, once per process.
/// </summary>
internal sealed class WordBigramDictionary
{
    private const string ResourceName = "Publisher.Importers.Decoding.smartcn-bigrams.bin";

    /// <summary>SmartCn's token for a line's start (its corpus marks sentence starts so).</summary>
    public const string LineStart = "始##始";

    /// <summary>SmartCn's token for a line's end.</summary>
    public const string LineEnd = "末##末";

    /// <summary>SmartCn's token for a run of Latin letters.</summary>
    public const string LatinWord = "未##串";

    /// <summary>SmartCn's token for a number.</summary>
    public const string Number = "未##数";

    // FNV-1 over the UTF-16 units split in bytes, low byte first: how SmartCn keys "word1@word2".
    private const long FnvOffset = unchecked((long)0xcbf29ce484222325UL), FnvPrime = 1099511628211L;

    private static readonly Lazy<WordBigramDictionary> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Every word (its id is its index), most frequent first (ties in SmartCn's order): word id
    // spells chars[ends[id - 1] .. ends[id]] (no string per word, which the collector would copy
    // twice on its way to the oldest generation), with its count and the key state after "word@"
    // that its bigrams continue.
    private readonly char[] chars;
    private readonly int[] ends;
    private readonly int[] counts;
    private readonly long[] prefixes;

    // Word ids + 1 (0 = empty) by FNV state, each beside its word's state so that a probe past
    // another word costs no second memory access: the hash a lookup computes anyway gives the word's
    // prefix key too, where a Dictionary<string, int> would hash the word a second time.
    private readonly (long Hash, int Id)[] wordSlots;

    // Bigram keys (0 = empty) and counts, open addressing with linear probing over a power-of-two
    // table: built in a few milliseconds, where a Dictionary of 402,000 entries takes ten times longer.
    private readonly long[] bigramKeys;
    private readonly int[] bigramCounts;

    private WordBigramDictionary(char[] chars, int[] ends, int[] counts, long[] bigramKeys, int[] bigramCounts, int bigramCount, long totalWords)
    {
        this.chars = chars;
        this.ends = ends;
        this.counts = counts;
        this.bigramKeys = bigramKeys;
        this.bigramCounts = bigramCounts;
        BigramCount = bigramCount;
        TotalWords = totalWords;
        prefixes = new long[ends.Length];
        wordSlots = new (long, int)[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * ends.Length))];
        var mask = wordSlots.Length - 1;
        for (var id = 0; id < ends.Length; id++)
        {
            var hash = Continue(FnvOffset, WordOf(id));
            prefixes[id] = Continue(hash, "@");
            var slot = Slot(hash, mask);
            while (wordSlots[slot].Id != 0) slot = (slot + 1) & mask;
            wordSlots[slot] = (hash, id + 1);
        }
    }

    /// <summary>The shared dictionary, loaded on first access.</summary>
    public static WordBigramDictionary Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Sum of all word counts.</summary>
    public long TotalWords { get; }

    /// <summary>Number of words with a count.</summary>
    public int WordCount => ends.Length;

    /// <summary>The <paramref name="count"/> most frequent words with their counts, most frequent first.</summary>
    public IReadOnlyList<(string Word, int Count)> MostFrequent(int count) =>
        Enumerable.Range(0, Math.Min(count, ends.Length)).Select(id => (WordOf(id).ToString(), counts[id])).ToArray();

    /// <summary>Number of distinct bigrams.</summary>
    public int BigramCount { get; }

    /// <summary>The id of <paramref name="word"/>, or -1 when SmartCn does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word)
    {
        var hash = Continue(FnvOffset, word);
        var mask = wordSlots.Length - 1;
        for (var i = Slot(hash, mask); wordSlots[i].Id != 0; i = (i + 1) & mask)
            if (wordSlots[i].Hash == hash && word.SequenceEqual(WordOf(wordSlots[i].Id - 1))) return wordSlots[i].Id - 1;
        return -1;
    }

    /// <summary>Corpus count of <paramref name="word"/>; 0 when SmartCn does not know it.</summary>
    public int CountOf(ReadOnlySpan<char> word) => Find(word) is >= 0 and var id ? counts[id] : 0;

    /// <summary>Corpus count of the word <paramref name="id"/> (always more than 0).</summary>
    public int CountOf(int id) => counts[id];

    /// <summary>The word <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> WordOf(int id)
    {
        var start = id == 0 ? 0 : ends[id - 1];
        return chars.AsSpan(start, ends[id] - start);
    }

    /// <summary>The <see cref="PrefixKey"/> of the word <paramref name="id"/>.</summary>
    public long PrefixKeyOf(int id) => prefixes[id];

    /// <summary>The key state after "<paramref name="first"/>@", to be continued by <see cref="CountAfter"/>.</summary>
    public static long PrefixKey(ReadOnlySpan<char> first) => Continue(Continue(FnvOffset, first), "@");

    /// <summary>Corpus count of <paramref name="second"/> right after the word whose <see cref="PrefixKey"/> is <paramref name="prefix"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CountAfter(long prefix, ReadOnlySpan<char> second)
    {
        var key = Continue(prefix, second);
        var mask = bigramKeys.Length - 1;
        for (var i = Slot(key, mask); bigramKeys[i] != 0; i = (i + 1) & mask)
            if (bigramKeys[i] == key) return bigramCounts[i];
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(long key, int mask) => (int)(key ^ (key >>> 32)) & mask;

    /// <summary>Size of the bigram table for <paramref name="count"/> bigrams: at most half full, so probes stay short.</summary>
    internal static int BigramTableSize(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * count));

    /// <summary>Where the bigram <paramref name="key"/> is first looked for in a table of <paramref name="size"/> slots (the compiler stores bigrams in this order, so loading fills the table front to back).</summary>
    internal static int HomeSlot(long key, int size) => Slot(key, size - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Continue(long hash, ReadOnlySpan<char> text)
    {
        unchecked
        {
            foreach (var c in text)
            {
                hash = (hash ^ (c & 0xFF)) * FnvPrime;
                hash = (hash ^ (c >> 8)) * FnvPrime;
            }
        }
        return hash;
    }

    // Written by tools/DictionaryCompiler/WordBigramCompiler.cs in this order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordBigramDictionary Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.WordBigrams);
        var total = file.ReadInt64();
        var chars = file.ReadArray<char>();
        var ends = file.ReadArray<int>();
        var counts = file.ReadArray<int>();
        var keys = file.ReadArray<long>();
        var pairCounts = file.ReadArray<int>();
        var size = BigramTableSize(keys.Length);
        var tableKeys = new long[size];
        var tableCounts = new int[size];
        var mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i], mask);
            while (tableKeys[slot] != 0) slot = (slot + 1) & mask;
            tableKeys[slot] = keys[i];
            tableCounts[slot] = pairCounts[i];
        }
        return new WordBigramDictionary(chars, ends, counts, tableKeys, tableCounts, keys.Length, total);
    }
}
