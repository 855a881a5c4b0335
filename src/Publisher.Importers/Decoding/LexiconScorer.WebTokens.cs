using System.Runtime.CompilerServices;
using Publisher.Model;

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

    private sealed partial class Lattice
    {
        private readonly TokenLexicon webWords = TokenLexicon.Shared;

        // Every dictionary word from piece `start` that the web vocabulary also has and that covers a
        // damaged character, over every combination of candidates: one more edge, at the floor, when
        // jieba ranks it lower (the Viterbi search keeps the better of the two).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddWebWords(int start, Span<int> picked)
        {
            Span<char> text = stackalloc char[ChineseLexicon.MaxWordLength];
            WalkWebWords(start, 0, false, text, picked);
        }

        private void WalkWebWords(int start, int depth, bool damaged, Span<char> text, Span<int> picked)
        {
            var i = start + depth;
            var opts = options[i];
            damaged |= opts.Length > 1;
            for (var k = 0; k < opts.Length; k++)
            {
                if (opts[k] is not [var c] || !CjkText.IsIdeograph(c)) continue;
                text[depth] = c;
                if (!webWords.TryFind(text[..(depth + 1)], out var isWord)) continue;
                picked[depth] = k;
                if (isWord && damaged && lexicon.Find(text[..(depth + 1)]) is var node and >= 0
                    && lexicon.LogProbOf(node) < WebWordFloor) // NaN (only a prefix in jieba) is not less
                    AddEdge(start, i + 1, WebWordFloor, picked[..(depth + 1)], node);
                if (depth + 1 < ChineseLexicon.MaxWordLength && i + 1 < n) WalkWebWords(start, depth + 1, damaged, text, picked);
            }
        }
    }
}
