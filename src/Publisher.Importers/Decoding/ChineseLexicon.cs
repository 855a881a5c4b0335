using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Chinese words with their log-probabilities, from jieba's dictionary (about 349,000 words with
/// counts, embedded at build time). Mojibake repair scores candidate characters by the words they
/// form; nothing else reads it, so it is loaded on first use and only once per process.
/// </summary>
internal sealed class ChineseLexicon
{
    private const string ResourceName = "Publisher.Importers.Decoding.jieba-dict.txt";

    /// <summary>Longest word looked up; longer dictionary entries (idioms, names) add nothing to scoring a few damaged characters.</summary>
    public const int MaxWordLength = 8;

    // A mid-frequency count in jieba's corpus (模型 has 2,890): best of 500, 3,000 and 20,000 on the harness.
    private const long CommonWordCount = 3000;

    private static readonly Lazy<ChineseLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The trie node of the empty prefix.</summary>
    public const int Root = 0;

    // A trie kept as one hash table from (node, next character) to child node: one cheap lookup per
    // character while candidates are tried, instead of hashing every prefix again. A node's value is
    // the log-probability of the word it spells, or NaN when it is only the start of longer words.
    private readonly TrieEdgeTable children;
    private readonly float[] values;

    // Per node: the first letter of the word's part of speech in jieba (n, v, a, d, p, c …), or 0.
    private readonly byte[] classes;

    private ChineseLexicon(TrieEdgeTable children, float[] values, byte[] classes, float unknownLogProb)
    {
        this.children = children;
        this.values = values;
        this.classes = classes;
        UnknownLogProb = unknownLogProb;
    }

    /// <summary>The shared lexicon, loaded on first access.</summary>
    public static ChineseLexicon Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded (tests check that clean input never loads it).</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Log-probability of a word seen once in the dictionary's corpus; a floor for unknown characters.</summary>
    public float UnknownLogProb { get; }


    /// <summary>Follows <paramref name="c"/> from <paramref name="node"/>; false when no word continues that way.</summary>
    public bool TryStep(int node, char c, out int child) => children.TryGet(node, c, out child);

    /// <summary>Log-probability of the word <paramref name="node"/> spells, or NaN when it is only a prefix.</summary>
    public float LogProbOf(int node) => values[node];

    /// <summary>Log-probability of the one-character word <paramref name="c"/>, or NaN when it is not a word.</summary>
    public float LogProbOf(char c) => TryStep(Root, c, out var node) ? values[node] : float.NaN;

    /// <summary>First letter of the part of speech jieba gives the word <paramref name="node"/> spells (n, v, a, d, p, c …), or '\0'.</summary>
    public char ClassOf(int node) => (char)classes[node];

    /// <summary>The node spelling <paramref name="word"/>, or -1 when no dictionary word starts so.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
            if (!TryStep(node, c, out node)) return -1;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ChineseLexicon Load()
    {
        string text;
        using (var stream = typeof(ChineseLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build"))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
            text = reader.ReadToEnd();
        // The trie is built straight from the text (no string per word); node values hold counts first.
        var children = new TrieEdgeTable(1_100_000);
        var counts = new List<double>(1_100_000) { 0 };
        var tags = new List<byte>(1_100_000) { 0 };
        double total = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            // "词 频次 词性": word, count, part of speech.
            var line = text.AsSpan(range);
            var space = line.IndexOf(' ');
            if (space <= 0 || space > MaxWordLength) continue;
            var rest = line[(space + 1)..];
            var end = rest.IndexOf(' ');
            if (!int.TryParse(end < 0 ? rest.TrimEnd('\r') : rest[..end], out var count) || count <= 0) continue;
            var node = Insert(children, counts, line[..space]);
            while (tags.Count < counts.Count) tags.Add(0);
            if (end >= 0 && end + 1 < rest.Length && tags[node] == 0 && char.IsAsciiLetterLower(rest[end + 1])) tags[node] = (byte)rest[end + 1];
            counts[node] += count;
            total += count;
        }
        // Our list of common (mostly machine-learning) words lifts terms a 2013 general dictionary
        // ranks low or lacks (语料, 华人, 参数量); measured on the harness: 95.2% → 96.7% of damaged ideographs.
        foreach (var word in CommonWords.All)
        {
            if (word.Length < 2) continue;
            var node = Insert(children, counts, word);
            if (counts[node] >= CommonWordCount) continue;
            total += CommonWordCount - counts[node];
            counts[node] = CommonWordCount;
        }
        var logTotal = Math.Log(total);
        var values = new float[counts.Count];
        for (var i = 0; i < values.Length; i++) values[i] = counts[i] > 0 ? (float)(Math.Log(counts[i]) - logTotal) : float.NaN;
        var classes = new byte[counts.Count];
        tags.CopyTo(classes);
        return new ChineseLexicon(children, values, classes, (float)-logTotal);
    }

    private static int Insert(TrieEdgeTable children, List<double> counts, ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = children.GetOrAdd(node, c, counts.Count, out var added);
            if (added) counts.Add(0);
        }
        return node;
    }
}
