using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Numerics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Publisher.Importers.Decoding;

/// <summary>
/// How often one word follows another in Chinese prose: the word and word-bigram dictionaries of
/// Lucene.Net.Analysis.SmartCn (about 62,000 words with counts and 402,000 bigrams),
/// read from that package's assembly, which is embedded whole because the dictionaries are
/// resources inside it. Mojibake repair uses it to tell apart candidates that the unigram
/// lexicon cannot (任务中均 / 任务不均); loaded on first use, once per process.
/// </summary>
internal sealed class WordBigramDictionary
{
    private const string AssemblyResource = "Publisher.Importers.Decoding.smartcn.dll";
    private const string WordsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    private const string BigramsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";

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

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words;
    // Bigram keys (0 = empty) and counts, open addressing with linear probing over a power-of-two
    // table: built in a few milliseconds, where a Dictionary of 402,000 entries takes ten times longer.
    private readonly long[] bigramKeys;
    private readonly int[] bigramCounts;
    private readonly Dictionary<string, int> allWords;

    private WordBigramDictionary(Dictionary<string, int> words, (long[] Keys, int[] Counts, int Count) bigrams, long totalWords)
    {
        this.allWords = words;
        this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        (bigramKeys, bigramCounts, BigramCount) = bigrams;
        TotalWords = totalWords;
    }

    /// <summary>The shared dictionary, loaded on first access.</summary>
    public static WordBigramDictionary Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Sum of all word counts.</summary>
    public long TotalWords { get; }

    /// <summary>Number of words with a count.</summary>
    public int WordCount => allWords.Count;

    /// <summary>The <paramref name="count"/> most frequent words with their counts, most frequent first.</summary>
    public IReadOnlyList<(string Word, int Count)> MostFrequent(int count)
    {
        var keys = allWords.Values.Select(v => -(long)v).ToArray();
        var texts = allWords.Keys.ToArray();
        // The dictionary keeps insertion order and Array.Sort is deterministic: ties fall the same way every run.
        Array.Sort(keys, texts);
        return texts.Take(count).Select((w, i) => (w, (int)-keys[i])).ToArray();
    }

    /// <summary>Number of distinct bigrams.</summary>
    public int BigramCount { get; }

    /// <summary>Corpus count of <paramref name="word"/>; 0 when SmartCn does not know it.</summary>
    public int CountOf(ReadOnlySpan<char> word) => words.TryGetValue(word, out var n) ? n : 0;

    /// <summary>The key state after "<paramref name="first"/>@", to be continued by <see cref="CountAfter"/>.</summary>
    public static long PrefixKey(ReadOnlySpan<char> first) => Continue(Continue(FnvOffset, first), "@");

    /// <summary>Corpus count of <paramref name="second"/> right after the word whose <see cref="PrefixKey"/> is <paramref name="prefix"/>.</summary>
    public int CountAfter(long prefix, ReadOnlySpan<char> second)
    {
        var key = Continue(prefix, second);
        var mask = bigramKeys.Length - 1;
        for (var i = Slot(key, mask); bigramKeys[i] != 0; i = (i + 1) & mask)
            if (bigramKeys[i] == key) return bigramCounts[i];
        return 0;
    }

    private static int Slot(long key, int mask) => (int)(key ^ (key >>> 32)) & mask;

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

    private static WordBigramDictionary Load()
    {
        // The word file names its first characters by GB2312 position.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var assembly = typeof(WordBigramDictionary).Assembly.GetManifestResourceStream(AssemblyResource)
            ?? throw new InvalidOperationException($"embedded resource {AssemblyResource} is missing from the build");
        // Read as a file, never loaded as code: only two of its resources are wanted.
        using var pe = new PEReader(assembly, PEStreamOptions.PrefetchEntireImage);
        var (words, total) = ReadWords(Resource(pe, WordsResource));
        return new WordBigramDictionary(words, ReadBigrams(Resource(pe, BigramsResource)), total);
    }

    private static byte[] Resource(PEReader pe, string name)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name) continue;
            // The resources section holds each resource as a 32-bit length followed by its bytes.
            var section = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var blob = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
            return blob.ReadBytes(blob.ReadInt32());
        }
        throw new InvalidOperationException($"resource {name} is missing from the embedded SmartCn assembly");
    }

    // coredict.mem, as SmartCn's WordDictionary writes it with a BinaryWriter (chars as UTF-8, each
    // array after its 32-bit length, -1 for none): a hash index (skipped), its characters (skipped),
    // then per GB2312 character the endings of the words starting with it, then their counts in the
    // same order. Read by hand: BinaryReader.ReadChar costs more than the rest of the load together.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Dictionary<string, int>, long) ReadWords(byte[] bytes)
    {
        var at = 0;
        var hashIndex = Int(bytes, ref at);
        at += 2 * hashIndex;
        var indexChars = Int(bytes, ref at);
        for (var i = 0; i < indexChars; i++) Char(bytes, ref at);
        var endings = new string[Int(bytes, ref at)][];
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < endings.Length; i++)
        {
            var n = Int(bytes, ref at);
            if (n < 0) continue;
            endings[i] = new string[n];
            for (var k = 0; k < n; k++)
            {
                // A null ending (length -1) is the character alone, like an empty one.
                var length = Math.Max(0, Int(bytes, ref at));
                var chars = length <= buffer.Length ? buffer[..length] : new char[length];
                for (var c = 0; c < length; c++) chars[c] = Char(bytes, ref at);
                endings[i][k] = new string(chars);
            }
        }
        var gb2312 = Encoding.GetEncoding(936);
        var words = new Dictionary<string, int>(90_000, StringComparer.Ordinal);
        long total = 0;
        var rows = Int(bytes, ref at);
        for (var i = 0; i < rows; i++)
        {
            var n = Int(bytes, ref at);
            if (n < 0) continue;
            // Row i is the GB2312 character in row i / 94, cell i % 94 (both offset by 0xA1).
            var first = gb2312.GetString([(byte)(0xA1 + i / 94), (byte)(0xA1 + i % 94)]);
            for (var k = 0; k < n; k++)
            {
                var count = Int(bytes, ref at);
                if (i >= endings.Length || endings[i] is not { } row || k >= row.Length || count <= 0) continue;
                var word = first + row[k];
                words[word] = words.GetValueOrDefault(word) + count;
                total += count;
            }
        }
        return (words, total);
    }

    private static int Int(byte[] bytes, ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        at += 4;
        return value;
    }

    // One UTF-16 unit written as UTF-8 (one to three bytes; the files hold no surrogates).
    private static char Char(byte[] bytes, ref int at)
    {
        var lead = bytes[at++];
        if (lead < 0x80) return (char)lead;
        if (lead < 0xE0) return (char)(((lead & 0x1F) << 6) | (bytes[at++] & 0x3F));
        var value = ((lead & 0x0F) << 12) | ((bytes[at] & 0x3F) << 6) | (bytes[at + 1] & 0x3F);
        at += 2;
        return (char)value;
    }

    // bigramdict.mem: the open-addressing table of 64-bit keys (0 = empty), then the counts in the
    // same slots, each array after its 32-bit length, little-endian as BinaryWriter writes them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long[], int[], int) ReadBigrams(byte[] bytes)
    {
        var slots = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var keys = MemoryMarshal.Cast<byte, long>(bytes.AsSpan(4, 8 * slots));
        var counts = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(8 + 8 * slots, 4 * BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4 + 8 * slots))));
        // At most half full, so probes stay short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * slots));
        var tableKeys = new long[size];
        var tableCounts = new int[size];
        var mask = size - 1;
        var stored = 0;
        for (var i = 0; i < Math.Min(keys.Length, counts.Length); i++)
        {
            if (keys[i] == 0 || counts[i] <= 0) continue;
            var slot = Slot(keys[i], mask);
            while (tableKeys[slot] != 0 && tableKeys[slot] != keys[i]) slot = (slot + 1) & mask;
            if (tableKeys[slot] == 0) stored++;
            tableKeys[slot] = keys[i];
            tableCounts[slot] += counts[i];
        }
        return (tableKeys, tableCounts, stored);
    }
}
