using System.Runtime.CompilerServices;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Chinese words with their log-probabilities, from jieba's dictionary (about 349,000 words with
/// counts) lifted by <see cref="CommonWords"/>, compiled into a trie at build time by
/// tools/DictionaryCompiler. Mojibake repair scores candidate characters by the words they form;
/// nothing else reads it, so it is loaded on first use and only once per process.
/// </summary>
internal sealed class ChineseLexicon
{
    private const string ResourceName = "Publisher.Importers.Decoding.jieba-lexicon.bin";

    /// <summary>Longest word looked up; longer dictionary entries (idioms, names) add nothing to scoring a few damaged characters.</summary>
    public const int MaxWordLength = 8;

    private static readonly Lazy<ChineseLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The trie node of the empty prefix.</summary>
    public const int Root = 0;

    // The trie with its nodes numbered breadth first, so that the children of a node are the
    // consecutive nodes firstChild[node] .. firstChild[node + 1] - 1, in order of their character
    // (label): a step is a search in a short run of characters, and loading copies four arrays.
    // The root's children, several thousand, are indexed by character instead.
    private readonly int[] firstChild;
    private readonly char[] labels;
    private readonly int[] rootChildren;

    // A node's value is the log-probability of the word it spells, or NaN when it is only the start of longer words.
    private readonly float[] values;

    // Per node: the first letter of the word's part of speech in jieba (n, v, a, d, p, c …), or 0.
    private readonly byte[] classes;

    private ChineseLexicon(int[] firstChild, char[] labels, float[] values, byte[] classes, float unknownLogProb)
    {
        this.firstChild = firstChild;
        this.labels = labels;
        this.values = values;
        this.classes = classes;
        UnknownLogProb = unknownLogProb;
        rootChildren = new int[char.MaxValue + 1];
        for (var child = firstChild[Root]; child < firstChild[Root + 1]; child++) rootChildren[labels[child]] = child;
    }

    /// <summary>The shared lexicon, loaded on first access.</summary>
    public static ChineseLexicon Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded (tests check that clean input never loads it).</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Log-probability of a word seen once in the dictionary's corpus; a floor for unknown characters.</summary>
    public float UnknownLogProb { get; }


    /// <summary>Follows <paramref name="c"/> from <paramref name="node"/>; false when no word continues that way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryStep(int node, char c, out int child)
    {
        if (node == Root)
        {
            child = rootChildren[c];
            return child != 0;
        }
        var first = firstChild[node];
        var at = labels.AsSpan(first, firstChild[node + 1] - first).IndexOf(c);
        child = first + at;
        return at >= 0;
    }

    /// <summary>Log-probability of the word <paramref name="node"/> spells, or NaN when it is only a prefix.</summary>
    public float LogProbOf(int node) => values[node];

    /// <summary>Log-probability of the one-character word <paramref name="c"/>, or NaN when it is not a word.</summary>
    public float LogProbOf(char c) => TryStep(Root, c, out var node) ? values[node] : float.NaN;

    /// <summary>First letter of the part of speech jieba gives the word <paramref name="node"/> spells (n, v, a, d, p, c …), or '\0'.</summary>
    public char ClassOf(int node) => (char)classes[node];

    /// <summary>True when the two characters together are a dictionary word (not only the start of one).</summary>
    public bool IsWord(char a, char b) => TryStep(Root, a, out var node) && TryStep(node, b, out var child) && !float.IsNaN(LogProbOf(child));

    /// <summary>The node spelling <paramref name="word"/>, or -1 when no dictionary word starts so.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
            if (!TryStep(node, c, out node)) return -1;
        return node;
    }

    // Written by tools/DictionaryCompiler/LexiconCompiler.cs in this order.
    private static ChineseLexicon Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.Lexicon);
        var unknownLogProb = file.ReadSingle();
        return new ChineseLexicon(file.ReadArray<int>(), file.ReadArray<char>(), file.ReadArray<float>(), file.ReadArray<byte>(), unknownLogProb);
    }
}
