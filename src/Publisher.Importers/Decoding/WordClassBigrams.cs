using System.Collections.Concurrent;
using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Which kinds of word a character stands beside, from SmartCn's word bigrams grouped by jieba's
/// part of speech: 与 sits between nouns, 不 before verbs and adjectives, 中 after nouns. This
/// generalises to words SmartCn's 1998 news corpus never saw beside the character (模型与数据).
/// </summary>
internal sealed class WordClassBigrams
{
    /// <summary>Class of a run of Latin letters.</summary>
    public const char Latin = 'X';

    /// <summary>Class of a number.</summary>
    public const char Number = 'Y';

    /// <summary>Class of CJK punctuation.</summary>
    public const char Punctuation = 'W';

    /// <summary>Class of a line's start or end.</summary>
    public const char Edge = 'S';

    private const int Classes = 128;

    // The most frequent SmartCn words, enumerated for each character profiled: they carry most of
    // the bigram mass (1,000 measured as good as 2,000–20,000 on the harness, and far cheaper).
    private const int ProfileWords = 1000;

    // Pseudo-count pulling a character's neighbour classes towards the overall class shares (10–200 alike).
    private const float Smoothing = 50f;

    private static readonly Lazy<WordClassBigrams> Instance = new(() => new(ChineseLexicon.Shared, WordBigramDictionary.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordBigramDictionary bigrams;
    private readonly (string Word, char Class, long Prefix)[] words;
    private readonly double[] classShare = new double[Classes];
    private readonly ConcurrentDictionary<char, Profile> profiles = new();

    private WordClassBigrams(ChineseLexicon lexicon, WordBigramDictionary bigrams)
    {
        this.bigrams = bigrams;
        var list = new List<(string, char, long)>();
        double total = 0;
        foreach (var (word, count) in bigrams.MostFrequent(ProfileWords))
        {
            var c = ClassOfSmartCnWord(word, lexicon);
            if (c == '\0') continue;
            list.Add((word, c, WordBigramDictionary.PrefixKey(word)));
            classShare[c] += count;
            total += count;
        }
        words = [.. list];
        for (var c = 0; c < Classes; c++) classShare[c] /= total;
    }

    /// <summary>The shared instance, built on first use from both dictionaries.</summary>
    public static WordClassBigrams Shared => Instance.Value;

    /// <summary>Log of how much likelier a word of class <paramref name="left"/> is right before <paramref name="c"/> than anywhere; 0 when unknown.</summary>
    public float BeforeBonus(char left, char c) => left < Classes ? Get(c).Before[left] : 0f;

    /// <summary>Log of how much likelier a word of class <paramref name="right"/> is right after <paramref name="c"/> than anywhere; 0 when unknown.</summary>
    public float AfterBonus(char c, char right) => right < Classes ? Get(c).After[right] : 0f;

    private Profile Get(char c) => profiles.GetOrAdd(c, Build);

    private Profile Build(char c)
    {
        var before = new double[Classes];
        var after = new double[Classes];
        ReadOnlySpan<char> self = [c];
        var selfPrefix = WordBigramDictionary.PrefixKey(self);
        foreach (var (word, cls, prefix) in words)
        {
            before[cls] += bigrams.CountAfter(prefix, self);
            after[cls] += bigrams.CountAfter(selfPrefix, word);
        }
        return new Profile(Bonus(before), Bonus(after));
    }

    private float[] Bonus(double[] counts)
    {
        var sum = counts.Sum();
        var bonus = new float[Classes];
        if (sum == 0) return bonus;
        for (var k = 0; k < Classes; k++)
            if (classShare[k] > 0)
                bonus[k] = (float)(Math.Log((counts[k] + Smoothing * classShare[k]) / (sum + Smoothing)) - Math.Log(classShare[k]));
        return bonus;
    }

    /// <summary>The class of a word in the repaired line: jieba's part of speech, or Latin, number, punctuation.</summary>
    public static char ClassOf(ReadOnlySpan<char> token, ChineseLexicon lexicon)
    {
        if (token.IsEmpty) return '\0';
        if (char.IsAsciiLetter(token[0])) return Latin;
        if (char.IsAsciiDigit(token[0])) return Number;
        if (CjkText.IsIdeograph(token[0])) return lexicon.Find(token) is >= 0 and var node ? lexicon.ClassOf(node) : '\0';
        return token.Length == 1 && char.GetUnicodeCategory(token[0]) is >= System.Globalization.UnicodeCategory.ConnectorPunctuation and <= System.Globalization.UnicodeCategory.OtherPunctuation && token[0] > 0x2000 ? Punctuation : '\0';
    }

    private static char ClassOfSmartCnWord(string word, ChineseLexicon lexicon) => word switch
    {
        WordBigramDictionary.LatinWord => Latin,
        WordBigramDictionary.Number => Number,
        WordBigramDictionary.LineStart or WordBigramDictionary.LineEnd => Edge,
        _ => ClassOf(word, lexicon),
    };

    private sealed record Profile(float[] Before, float[] After);
}
