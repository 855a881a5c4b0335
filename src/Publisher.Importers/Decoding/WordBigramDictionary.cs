using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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
    private readonly Dictionary<long, int> bigrams;

    private WordBigramDictionary(Dictionary<string, int> words, Dictionary<long, int> bigrams, long totalWords)
    {
        ByCount = words.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => (w.Key, w.Value)).ToArray();
        this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        this.bigrams = bigrams;
        TotalWords = totalWords;
    }

    /// <summary>The shared dictionary, loaded on first access.</summary>
    public static WordBigramDictionary Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Sum of all word counts.</summary>
    public long TotalWords { get; }

    /// <summary>Every word with its count, most frequent first.</summary>
    public IReadOnlyList<(string Word, int Count)> ByCount { get; }

    /// <summary>Number of distinct bigrams.</summary>
    public int BigramCount => bigrams.Count;

    /// <summary>Corpus count of <paramref name="word"/>; 0 when SmartCn does not know it.</summary>
    public int CountOf(ReadOnlySpan<char> word) => words.TryGetValue(word, out var n) ? n : 0;

    /// <summary>The key state after "<paramref name="first"/>@", to be continued by <see cref="CountAfter"/>.</summary>
    public static long PrefixKey(ReadOnlySpan<char> first) => Continue(Continue(FnvOffset, first), "@");

    /// <summary>Corpus count of <paramref name="second"/> right after the word whose <see cref="PrefixKey"/> is <paramref name="prefix"/>.</summary>
    public int CountAfter(long prefix, ReadOnlySpan<char> second) => bigrams.TryGetValue(Continue(prefix, second), out var n) ? n : 0;

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

    private static BinaryReader Resource(PEReader pe, string name)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name) continue;
            // The resources section holds each resource as a 32-bit length followed by its bytes.
            var section = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var blob = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
            var bytes = blob.ReadBytes(blob.ReadInt32());
            return new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        }
        throw new InvalidOperationException($"resource {name} is missing from the embedded SmartCn assembly");
    }

    // coredict.mem, as SmartCn's WordDictionary writes it with a BinaryWriter (chars as UTF-8):
    // a hash index (skipped), its characters (skipped), then per GB2312 character the endings of the
    // words starting with it, then their counts in the same order.
    private static (Dictionary<string, int>, long) ReadWords(BinaryReader r)
    {
        using var _ = r;
        r.BaseStream.Seek(2L * r.ReadInt32(), SeekOrigin.Current);
        var indexChars = r.ReadInt32();
        for (var i = 0; i < indexChars; i++) r.ReadChar();
        var endings = new string[r.ReadInt32()][];
        for (var i = 0; i < endings.Length; i++)
        {
            var n = r.ReadInt32();
            if (n < 0) continue;
            endings[i] = new string[n];
            // A null ending (length -1) is the character alone, like an empty one.
            for (var k = 0; k < n; k++) endings[i][k] = new string(r.ReadChars(Math.Max(0, r.ReadInt32())));
        }
        var gb2312 = Encoding.GetEncoding(936);
        var words = new Dictionary<string, int>(90_000, StringComparer.Ordinal);
        long total = 0;
        var rows = r.ReadInt32();
        for (var i = 0; i < rows; i++)
        {
            var n = r.ReadInt32();
            if (n < 0) continue;
            // Row i is the GB2312 character in row i / 94, cell i % 94 (both offset by 0xA1).
            var first = gb2312.GetString([(byte)(0xA1 + i / 94), (byte)(0xA1 + i % 94)]);
            for (var k = 0; k < n; k++)
            {
                var count = r.ReadInt32();
                if (i >= endings.Length || endings[i] is not { } row || k >= row.Length || count <= 0) continue;
                var word = first + row[k];
                words[word] = words.GetValueOrDefault(word) + count;
                total += count;
            }
        }
        return (words, total);
    }

    // bigramdict.mem: the open-addressing table of 64-bit keys (0 = empty), then the counts in the same slots.
    private static Dictionary<long, int> ReadBigrams(BinaryReader r)
    {
        using var _ = r;
        var keys = new long[r.ReadInt32()];
        for (var i = 0; i < keys.Length; i++) keys[i] = r.ReadInt64();
        var counts = r.ReadInt32();
        var bigrams = new Dictionary<long, int>(keys.Length);
        for (var i = 0; i < counts; i++)
        {
            var count = r.ReadInt32();
            if (i < keys.Length && keys[i] != 0 && count > 0) bigrams[keys[i]] = count;
        }
        return bigrams;
    }
}
