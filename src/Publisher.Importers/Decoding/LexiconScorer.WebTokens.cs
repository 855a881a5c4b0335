using System.Runtime.CompilerServices;

namespace Publisher.Importers.Decoding;

// Words of recent web text (TokenLexicon) in the lattice: a word of jieba's dictionary that is also a
// token of the o200k vocabulary scores at least WebWordFloor where it covers a damaged character.
internal static partial class LexiconScorer
{
    // The log-probability a web-vocabulary word is lifted to (jieba's 模型 is -9.9, 中文 -10.4, 乱码
    // -15.6). Chosen on the tuning half of the harness (our two texts, seed 003's README,
    // Awesome-Chinese-LLM; the other half is held out): wrong ideographs there 161 without it, 158,
    // 156, 157, 157, 159, 159, 159, 161 at -7, -8, -8.5, -9, -10, -11, -12, -13. -8 and -9 also lift
    // common words over the right reading in our decoding tests (图像中文本, 名人团队), so the middle of
    // the plateau. Tried there and left out: a floor falling with the token's merge rank (floor -
    // 0.25, 0.5 or 1 × ln rank: at best 155), and the tokens jieba lacks as words of their own (安卓,
    // 微信, but also fragments across words: 的不, 不中): 161 → 162-190 wrong.
    private const float WebWordFloor = -11f;

    // The lexicon's trie nodes of the words the web vocabulary has, found once, on first need.
    private static readonly Lazy<HashSet<int>> WebWordNodes = new(() =>
    {
        var lexicon = ChineseLexicon.Shared;
        var nodes = new HashSet<int>();
        foreach (var word in TokenLexicon.Shared.Words)
            if (lexicon.Find(word) is var node and >= 0 && !float.IsNaN(lexicon.LogProbOf(node))) nodes.Add(node);
        return nodes;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed partial class Lattice
    {
        private readonly HashSet<int> webWordNodes = WebWordNodes.Value;

        // The log-probability of the dictionary word `node` spelled over pieces start..end-1: lifted
        // to the floor when the web vocabulary has it and it covers a damaged character.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private float WithWebWords(float logProb, int node, int start, int end)
        {
            if (logProb >= WebWordFloor || !webWordNodes.Contains(node)) return logProb;
            for (var i = start; i < end; i++)
                if (options[i].Length > 1) return WebWordFloor;
            return logProb;
        }
    }
}
