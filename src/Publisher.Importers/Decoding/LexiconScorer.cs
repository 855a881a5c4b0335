using System.Runtime.CompilerServices;
using System.Text;
using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Chooses the candidates of a line's damaged characters together: the segmentation of the whole
/// line into dictionary words (jieba's unigram model, every word the candidates can form) with the
/// best total score, where a word next to a damaged character also scores how well it follows the
/// word before it (SmartCn's word bigrams, see <see cref="WordBigramDictionary"/>, and the parts of
/// speech seen beside a lone character, see <see cref="WordClassBigrams"/>), searched exactly by
/// Viterbi over words. Words no dictionary knows are scored by jieba's character positions
/// (<see cref="CharacterStates"/>) or as names (<see cref="PersonNames"/>), and 中/与 by the frame
/// of their clause (<see cref="ClauseFrames"/>). A character is reported as uncertain when the best line that uses its
/// runner-up scores within <see cref="UncertainMargin"/>.
/// </summary>
internal static partial class LexiconScorer
{
    /// <summary>Log-probability gap (nats) under which the runner-up is reported: e^1.5 ≈ 4.5 times less likely.</summary>
    public const float UncertainMargin = 1.5f;

    // A matched bracket is almost certain; an unmatched one is rare but real (a list item "1）").
    private const float PairedBracket = 5f, UnpairedBracket = -3f;

    // Each extra token costs this much on top of its log-probability: the unigram model alone lets a
    // frequent single character (不) split a rarer word (中英); on the harness 2 is best of 0, 2, 4, 6, 9.
    private const float TokenPenalty = 2f;

    // Weights of the word-bigram and word-class evidence, and the pseudo-count that smooths word
    // bigrams towards unigrams. Chosen on half of the harness (our two texts, seed 003's README,
    // Awesome-Chinese-LLM) from 0/0.25/0.5/1/1.5 and 10/100/1000/10000; the other half is held out.
    private const float BigramWeight = 0.25f, ClassWeight = 0.5f, BigramSmoothing = 1000f;

    // Candidates further than this (nats) behind the best under word unigrams are not rescored with
    // context: on the harness 4, 6, 10 and 100 choose the same characters, and 6 halves the time.
    private const float PruneMargin = 6f;

    private static readonly long LineStartPrefix = WordBigramDictionary.PrefixKey(WordBigramDictionary.LineStart);

    private const string Openers = "（【「『《“‘〈〔";

    // Thousand and ten thousand (万). Not B or M: after digits they mostly name a model size (30B吗).
    private const string Magnitudes = "kKwW";
    private const string Closers = "）】」』》”’〉〕";

    // A word neither dictionary knows costs this (nats) on top of its characters' position
    // log-probabilities; spans of 2 or 3 characters (names, terms such as 全量). Chosen on half of
    // the harness (our two texts, seed 003's README, Awesome-Chinese-LLM) from -18/-12/-8/-6/-5/-4/-3/-2/0
    // and lengths 2 and 3; the other half is held out.
    private const float UnknownWordCost = -5f;
    private const int MaxUnknownLength = 3;

    // A person's name no dictionary lists (吴宇航, 谭斐然) costs this on top of its characters' name
    // log-probabilities (PersonNames); characters rarer than MinNameLogProb in their place are not
    // tried. Chosen on the tuning half of the harness from -100/-8/-6/-5/-4/-3/-2 and -8/-9/-11.
    private const float NameCost = -5f, MinNameLogProb = -9f;

    // Characters rarer than this in their position (log-probability) are not tried inside unknown
    // words: it keeps the lattice small (on half of the harness any floor from -7 to -99 gives the same characters).
    private const float MinEmission = -8f;

    // jieba's state transitions (log-probabilities) inside a word.
    private const float BeginMiddle = -0.916f, BeginEnd = -0.511f, MiddleMiddle = -1.260f, MiddleEnd = -0.333f;

    // Log-probabilities per token for punctuation, in the same units as jieba's words (Chinese prose:
    // about one token in ten is a comma). Rough estimates of their frequency, not fitted to data.
    private static readonly Dictionary<char, float> Punctuation = new()
    {
        ['，'] = -2.3f, ['。'] = -3.0f, ['、'] = -3.8f, ['：'] = -4.2f, ['（'] = -4.5f, ['）'] = -4.5f,
        ['“'] = -4.8f, ['”'] = -4.8f, ['《'] = -5.5f, ['》'] = -5.5f, ['【'] = -5.5f, ['】'] = -5.5f,
        ['！'] = -5.8f, ['？'] = -5.8f, ['；'] = -6.0f, ['「'] = -6.5f, ['」'] = -6.5f, ['…'] = -7.0f,
        ['—'] = -7.0f, ['·'] = -7.0f, ['‘'] = -7.0f, ['’'] = -7.0f, ['『'] = -8.0f, ['』'] = -8.0f,
    };

    /// <summary>Resolves <paramref name="pieces"/> (one line); loads the lexicon only when some piece has a choice.</summary>
    public static ResolvedLine Resolve(IReadOnlyList<Piece> pieces)
    {
        var anyChoice = false;
        foreach (var p in pieces) if (p.Candidates is { Count: > 1 }) { anyChoice = true; break; }
        if (!anyChoice)
        {
            var sb = new StringBuilder();
            foreach (var p in pieces) sb.Append(p.Text);
            return new ResolvedLine(sb.ToString(), []);
        }
        return new Lattice(pieces, ChineseLexicon.Shared).Solve();
    }

    /// <summary>Standalone log-probability of a candidate that forms no word (punctuation, letters, symbols).</summary>
    internal static float NonWordLogProb(string candidate, float unknown)
    {
        if (candidate.Length == 1 && Punctuation.TryGetValue(candidate[0], out var p)) return p;
        var score = CandidateScorer.Score(candidate);
        if (candidate.Length == 1 && CjkText.IsIdeograph(candidate[0]))
            return unknown - CandidateScorer.GbkLevel(candidate[0]) switch { 1 => 0f, 2 => 1f, _ => 3f };
        // The standalone ranking, mapped below common words: kana -12, letters -14, emoji -15, symbols -16, rare scripts -23.
        return -12f - (6000 - Math.Min(score, 6000)) / 500f;
    }

    private static readonly float[] Zero = [0f];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Candidate>, Choice> Choices = new();

    private static float WordOrCharLogProb(string option, ChineseLexicon lexicon) =>
        option.Length == 1 && CjkText.IsIdeograph(option[0]) && lexicon.LogProbOf(option[0]) is var lp && !float.IsNaN(lp)
            ? lp : NonWordLogProb(option, lexicon.UnknownLogProb);

    // A damaged character's candidates with their weights as one-character tokens (brackets adjusted per line).
    // InUnknownWords: GB2312 ideographs, the only candidates tried inside words no dictionary knows.
    private sealed record Choice(string[] Texts, float[] Weights, bool Lexical, bool HasBracket, bool[] InUnknownWords, bool HasFrame)
    {
        public static Choice Of(IReadOnlyList<Candidate> list, ChineseLexicon lexicon)
        {
            var texts = list.Select(c => c.Text).ToArray();
            return new Choice(texts, texts.Select(t => WordOrCharLogProb(t, lexicon)).ToArray(),
                texts.Any(t => t.Length == 1 && CjkText.IsIdeograph(t[0])),
                texts.Any(t => t.Length == 1 && (Openers.Contains(t[0]) || Closers.Contains(t[0]))),
                texts.Select(t => t.Length == 1 && CjkText.IsIdeograph(t[0]) && CandidateScorer.GbkLevel(t[0]) > 0).ToArray(),
                texts.Any(ClauseFrames.Applies));
        }
    }

    // Node: the lexicon's trie node of a dictionary word of two or more characters, UnknownWord for a
    // word no dictionary knows, -1 for a one-character token.
    private readonly record struct Edge(int Start, int End, float Weight, int ChoiceOffset, int Node);

    private const int UnknownWord = -2;

    // An edge's word as the transitions see it: SmartCn word id (-1 when unknown), count and key state, class, and the character when it is a lone ideograph.
    private readonly record struct EdgeInfo(bool Known, int Word, int Count, long Prefix, char Class, char Single);

    private sealed partial class Lattice
    {
        private readonly ChineseLexicon lexicon;
        private readonly int n;
        private readonly string[][] options;
        private readonly float[][] singleWeights;
        private readonly bool[] lexical;
        private readonly bool[][] unknownWordCandidate;
        // Reused by the next line's lattice on the same thread (each is solved before the next is
        // built): growing them afresh for every line was a tenth of the repair time.
        [ThreadStatic] private static List<Edge>? edgeBuffer;
        [ThreadStatic] private static List<int>? choiceBuffer;
        private readonly List<Edge> edges = edgeBuffer ??= [];
        private readonly List<int> choices = choiceBuffer ??= [];
        private readonly WordBigramDictionary bigrams = WordBigramDictionary.Shared;
        private readonly WordClassBigrams classes = WordClassBigrams.Shared;
        private readonly int lineStartCount = WordBigramDictionary.Shared.CountOf(WordBigramDictionary.LineStart);
        private readonly int lineEndCount = WordBigramDictionary.Shared.CountOf(WordBigramDictionary.LineEnd);
        private readonly CharacterStates states = CharacterStates.Shared;
        private readonly PersonNames names = PersonNames.Shared;
        // Per damaged piece, what its clause adds to each candidate (see ClauseFrames); null when nothing.
        private readonly float[]?[] frameBonus;
        private bool[] near = [];
        private EdgeInfo[] info = [];

        public Lattice(IReadOnlyList<Piece> pieces, ChineseLexicon lexicon)
        {
            this.lexicon = lexicon;
            edges.Clear();
            choices.Clear();
            n = pieces.Count;
            options = new string[n][];
            singleWeights = new float[n][];
            lexical = new bool[n];
            unknownWordCandidate = new bool[n][];
            frameBonus = new float[]?[n];
            string[]? initial = null;
            for (var i = 0; i < n; i++)
            {
                var p = pieces[i];
                if (p.Candidates is { Count: > 1 } c)
                {
                    // Candidate lists are shared by every occurrence of the same damaged bytes: score them once.
                    var choice = Choices.GetValue(c, list => Choice.Of(list, lexicon));
                    options[i] = choice.Texts;
                    lexical[i] = choice.Lexical;
                    unknownWordCandidate[i] = choice.InUnknownWords;
                    singleWeights[i] = choice.Weights;
                    if (choice.HasBracket)
                    {
                        initial ??= pieces.Select(x => x.Text).ToArray();
                        var w = (float[])choice.Weights.Clone();
                        for (var k = 0; k < w.Length; k++) w[k] += BracketAdjustment(choice.Texts[k], i, initial);
                        singleWeights[i] = w;
                    }
                    if (choice.HasFrame)
                    {
                        initial ??= pieces.Select(x => x.Text).ToArray();
                        var b = new float[choice.Texts.Length];
                        for (var k = 0; k < b.Length; k++) b[k] = ClauseFrames.For(choice.Texts[k], i, pieces, initial, lexicon);
                        if (b.Any(x => x != 0)) frameBonus[i] = b;
                    }
                }
                else
                {
                    options[i] = [p.Text];
                    lexical[i] = p.Text.Length == 1 && CjkText.IsIdeograph(p.Text[0]);
                    // A certain character that forms no word is the same on every path: its weight is irrelevant.
                    singleWeights[i] = lexical[i] ? [WordOrCharLogProb(p.Text, lexicon)] : Zero;
                }
            }
        }

        // Brackets pair up within a line: reward a closer whose opener is open before it, and an
        // opener whose closer follows; penalise a bracket with no partner.
        private static float BracketAdjustment(string option, int index, string[] initial)
        {
            if (option.Length != 1) return 0f;
            var c = option[0];
            var close = Closers.IndexOf(c);
            if (close >= 0) return IsOpenBefore(initial, index, Openers[close], c) ? PairedBracket : UnpairedBracket;
            var open = Openers.IndexOf(c);
            if (open >= 0) return ClosesAfter(initial, index, Closers[open]) ? PairedBracket : UnpairedBracket;
            return 0f;
        }

        private static bool IsOpenBefore(string[] texts, int index, char opener, char closer)
        {
            var depth = 0;
            for (var i = index - 1; i >= 0; i--)
                for (var k = texts[i].Length - 1; k >= 0; k--)
                {
                    if (texts[i][k] == closer) depth++;
                    else if (texts[i][k] == opener) { if (depth == 0) return true; depth--; }
                }
            return false;
        }

        private static bool ClosesAfter(string[] texts, int index, char closer)
        {
            for (var i = index + 1; i < texts.Length; i++) if (texts[i].Contains(closer)) return true;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ResolvedLine Solve()
        {
            Span<int> picked = stackalloc int[ChineseLexicon.MaxWordLength];
            var firstSingle = new int[n];
            for (var i = 0; i < n; i++)
            {
                firstSingle[i] = edges.Count;
                for (var k = 0; k < options[i].Length; k++) AddEdge(i, i + 1, singleWeights[i][k], [k], -1);
                if (!lexical[i]) continue;
                Walk(i, 0, ChineseLexicon.Root, picked);
                AddUnknownWords(i, picked);
            }
            AddCoordinationBonus(firstSingle);
            PruneFarCandidates();

            var m = edges.Count;
            // Edges are added in order of their start; list them by end too, for the forward pass.
            var inOffset = new int[n + 2];
            foreach (var edge in edges) inOffset[edge.End + 1]++;
            for (var j = 1; j <= n + 1; j++) inOffset[j] += inOffset[j - 1];
            var inEdges = new int[m];
            var fill = (int[])inOffset.Clone();
            for (var e = 0; e < m; e++) inEdges[fill[edges[e].End]++] = e;
            near = new bool[m];
            info = new EdgeInfo[m];
            var pairOffset = new int[m + 1];
            for (var e = 0; e < m; e++)
            {
                for (var i = edges[e].Start; i < edges[e].End && !near[e]; i++) near[e] = options[i].Length > 1;
                var start = edges[e].Start;
                pairOffset[e + 1] = pairOffset[e] + (start == 0 ? 1 : inOffset[start + 1] - inOffset[start]);
            }

            // Viterbi over edges, not positions: a word's score depends on the word before it. Each
            // transition is computed once, here, and kept for the backward pass.
            var transitions = new float[pairOffset[m]];
            var alpha = new float[m];
            var back = new int[m];
            for (var e = 0; e < m; e++)
            {
                var start = edges[e].Start;
                if (start == 0)
                {
                    transitions[pairOffset[e]] = Transition(-1, e);
                    alpha[e] = edges[e].Weight + transitions[pairOffset[e]];
                    back[e] = -1;
                    continue;
                }
                var top = float.NegativeInfinity;
                var from = -1;
                for (int x = inOffset[start], k = pairOffset[e]; x < inOffset[start + 1]; x++, k++)
                {
                    var p = inEdges[x];
                    transitions[k] = Transition(p, e);
                    var score = alpha[p] + transitions[k];
                    if (score > top) { top = score; from = p; }
                }
                alpha[e] = top + edges[e].Weight;
                back[e] = from;
            }
            // Backward, pushing each edge's best continuation to the edges before it (they come earlier).
            var beta = new float[m];
            for (var e = 0; e < m; e++) beta[e] = edges[e].End == n ? Transition(e, -1) : float.NegativeInfinity;
            for (var q = m - 1; q >= 0; q--)
            {
                var start = edges[q].Start;
                if (start == 0) continue;
                var rest = edges[q].Weight + beta[q];
                for (int x = inOffset[start], k = pairOffset[q]; x < inOffset[start + 1]; x++, k++)
                {
                    var p = inEdges[x];
                    beta[p] = Math.Max(beta[p], transitions[k] + rest);
                }
            }

            // Best whole-line score with each damaged piece forced to each of its candidates.
            var best = new float[n][];
            for (var i = 0; i < n; i++)
                if (options[i].Length > 1) { best[i] = new float[options[i].Length]; Array.Fill(best[i], float.NegativeInfinity); }
            var last = -1;
            for (var e = 0; e < m; e++)
            {
                var edge = edges[e];
                var total = alpha[e] + beta[e];
                if (edge.End == n && (last < 0 || total > alpha[last] + beta[last])) last = e;
                for (var i = edge.Start; i < edge.End; i++)
                    if (best[i] is { } b) { var k = choices[edge.ChoiceOffset + i - edge.Start]; if (total > b[k]) b[k] = total; }
            }

            var chosen = new int[n];
            for (var e = last; e >= 0; e = back[e])
            {
                var edge = edges[e];
                for (var i = edge.Start; i < edge.End; i++) chosen[i] = choices[edge.ChoiceOffset + i - edge.Start];
            }

            var sb = new StringBuilder();
            var uncertain = new List<UncertainCharacter>();
            for (var i = 0; i < n; i++)
            {
                var text = options[i][chosen[i]];
                if (best[i] is { } b)
                {
                    var top = b[chosen[i]];
                    var close = Enumerable.Range(0, b.Length)
                        .Where(k => k != chosen[i] && top - b[k] < UncertainMargin)
                        .OrderByDescending(k => b[k]).Select(k => options[i][k]).ToList();
                    if (close.Count > 0) uncertain.Add(new UncertainCharacter(0, sb.Length + 1, text, close));
                }
                sb.Append(text);
            }
            return new ResolvedLine(sb.ToString(), uncertain);
        }

        // Words no dictionary knows (names, new terms) through a damaged character: every span of
        // 2 to MaxUnknownLength ideographs from `start` that covers one, scored by how likely each
        // character is to begin, continue or end a word (jieba's character-position model) plus a
        // fixed cost per word.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddUnknownWords(int start, Span<int> picked)
        {
            var damaged = false;
            for (var end = start + 1; end <= Math.Min(n, start + MaxUnknownLength); end++)
            {
                if (!lexical[end - 1]) return;
                damaged |= options[end - 1].Length > 1;
                if (end - start < 2 || !damaged) continue;
                var transitions = end - start == 2 ? BeginEnd : BeginMiddle + MiddleEnd + (end - start - 3) * MiddleMiddle;
                Spell(start, end, 0, UnknownWordCost + transitions, ChineseLexicon.Root, picked, false);
                Spell(start, end, 0, NameCost, ChineseLexicon.Root, picked, true);
            }
        }

        // A name does not begin inside a word: 累积等 is not 累 + a name 积玉.
        private bool EndsWordBefore(int start, char c) =>
            start > 0 && options[start - 1] is [[var p]] && lexicon.IsWord(p, c);

        // Every spelling of the span from its plausible candidates: GB2312 ideographs no rarer than
        // MinEmission in their position (which keeps two damaged characters from multiplying edges),
        // scored by jieba's character positions or, for a name, by how names are spelled (PersonNames).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Spell(int start, int end, int depth, float weight, int node, Span<int> picked, bool asName)
        {
            var i = start + depth;
            if (i == end)
            {
                // A dictionary word is already an edge.
                if (node < 0 || float.IsNaN(lexicon.LogProbOf(node))) AddEdge(start, end, weight, picked[..depth], UnknownWord);
                return;
            }
            var state = StateAt(depth, end - start);
            var opts = options[i];
            for (var k = 0; k < opts.Length; k++)
            {
                var o = opts[k];
                if (opts.Length > 1 && !unknownWordCandidate[i][k]) continue;
                var emit = asName ? (depth == 0 ? names.First(o[0]) : names.Rest(o[0])) : states.Emit(state, o[0]);
                // The floor first: it is a table look-up, EndsWordBefore two steps in the trie.
                if (asName && depth == 0 ? emit < MinNameLogProb || EndsWordBefore(start, o[0])
                    : emit < (asName ? MinNameLogProb : MinEmission) && opts.Length > 1) continue;
                picked[depth] = k;
                var child = node >= 0 && lexicon.TryStep(node, o[0], out var c) ? c : -1;
                Spell(start, end, depth + 1, weight + emit, child, picked, asName);
            }
        }

        private static int StateAt(int offset, int length) =>
            offset == 0 ? CharacterStates.Begin : offset == length - 1 ? CharacterStates.End : CharacterStates.Middle;

        // 与 between two words of the same class (see ClauseFrames.Coordinates). The neighbours are
        // the longest words the lattice has beside it (likeliest first), whatever their candidates.
        private void AddCoordinationBonus(int[] firstSingle)
        {
            List<int>? positions = null;
            for (var i = 1; i + 1 < n; i++)
                if (options[i].Length > 1 && Array.IndexOf(options[i], "与") >= 0) (positions ??= []).Add(i);
            if (positions is null) return;
            var ending = new int[n + 1];
            var starting = new int[n + 1];
            Array.Fill(ending, -1);
            Array.Fill(starting, -1);
            for (var e = 0; e < edges.Count; e++)
            {
                if (Longer(e, ending[edges[e].End])) ending[edges[e].End] = e;
                if (Longer(e, starting[edges[e].Start])) starting[edges[e].Start] = e;
            }
            foreach (var i in positions)
            {
                var left = i;
                while (left > 0 && options[left - 1] is [" " or "`"]) left--;
                var right = i + 1;
                while (right < n && options[right] is [" " or "`"]) right++;
                if (left == 0 || right >= n || !ClauseFrames.Coordinates(ClassOfEdge(ending[left]), ClassOfEdge(starting[right]))) continue;
                // The one-character edges of a piece come first, one per candidate, in candidate order.
                var e = firstSingle[i] + Array.IndexOf(options[i], "与");
                edges[e] = edges[e] with { Weight = edges[e].Weight + ClauseFrames.CoordinationBonus };
            }
        }

        private bool Longer(int e, int than) =>
            than < 0 || edges[e].End - edges[e].Start > edges[than].End - edges[than].Start
            || edges[e].End - edges[e].Start == edges[than].End - edges[than].Start && edges[e].Weight > edges[than].Weight;

        private char ClassOfEdge(int e)
        {
            if (e < 0) return '\0';
            var edge = edges[e];
            if (edge.Node >= 0) return lexicon.ClassOf(edge.Node);
            if (edge.Node == UnknownWord) return '\0';
            var text = options[edge.Start][choices[edge.ChoiceOffset]];
            return WordClassBigrams.ClassOf(text, lexicon);
        }

        // Word unigrams alone (Viterbi over positions) rule out the candidates whose best line scores
        // more than PruneMargin below the best: the pass with context costs in-degree × out-degree at
        // every damaged character, and context never moves a candidate that far.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void PruneFarCandidates()
        {
            var alpha = new float[n + 1];
            Array.Fill(alpha, float.NegativeInfinity);
            alpha[0] = 0;
            foreach (var edge in edges) alpha[edge.End] = Math.Max(alpha[edge.End], alpha[edge.Start] + edge.Weight);
            var beta = new float[n + 1];
            Array.Fill(beta, float.NegativeInfinity);
            beta[n] = 0;
            for (var e = edges.Count - 1; e >= 0; e--)
                beta[edges[e].Start] = Math.Max(beta[edges[e].Start], edges[e].Weight + beta[edges[e].End]);
            var best = new float[n][];
            for (var i = 0; i < n; i++)
                if (options[i].Length > 1) { best[i] = new float[options[i].Length]; Array.Fill(best[i], float.NegativeInfinity); }
            foreach (var edge in edges)
            {
                var total = alpha[edge.Start] + edge.Weight + beta[edge.End];
                for (var i = edge.Start; i < edge.End; i++)
                    if (best[i] is { } b) { var k = choices[edge.ChoiceOffset + i - edge.Start]; b[k] = Math.Max(b[k], total); }
            }
            var floor = new float[n];
            for (var i = 0; i < n; i++) floor[i] = best[i] is { } b ? b.Max() - PruneMargin : float.NegativeInfinity;
            edges.RemoveAll(edge =>
            {
                for (var i = edge.Start; i < edge.End; i++)
                    if (best[i] is { } b && b[choices[edge.ChoiceOffset + i - edge.Start]] < floor[i]) return true;
                return false;
            });
        }

        // How much a word's likelihood changes given the word before it, for pairs where either word
        // covers a damaged character: SmartCn's bigram counts smoothed towards its unigram counts
        // (0 when either word is unknown to it), plus, beside a damaged one-character word, how
        // often words of the neighbour's class stand there. -1 stands for the line's start or end.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private float Transition(int left, int right)
        {
            if ((left < 0 || !near[left]) && (right < 0 || !near[right])) return 0f;
            var score = 0f;
            var leftClass = left < 0 ? WordClassBigrams.Edge : Info(left).Class;
            var rightClass = right < 0 ? WordClassBigrams.Edge : Info(right).Class;
            if (ClassWeight > 0)
            {
                if (right >= 0 && near[right] && Info(right).Single is var x and not '\0' && leftClass != '\0')
                    score += ClassWeight * classes.BeforeBonus(leftClass, x);
                if (left >= 0 && near[left] && Info(left).Single is var y and not '\0' && rightClass != '\0')
                    score += ClassWeight * classes.AfterBonus(y, rightClass);
            }
            var leftCount = left < 0 ? lineStartCount : Info(left).Count;
            var rightCount = right < 0 ? lineEndCount : Info(right).Count;
            if (leftCount == 0 || rightCount == 0 || BigramWeight == 0) return score;
            // A count means SmartCn knows the word: its stored spelling is the edge's key.
            var rightKey = right < 0 ? WordBigramDictionary.LineEnd : bigrams.WordOf(info[right].Word);
            var prefix = left < 0 ? LineStartPrefix : info[left].Prefix;
            var pair = bigrams.CountAfter(prefix, rightKey);
            var unigram = (float)rightCount / bigrams.TotalWords;
            return score + BigramWeight * (MathF.Log((pair + BigramSmoothing * unigram) / (leftCount + BigramSmoothing)) - MathF.Log(unigram));
        }

        // What the transitions need to know of an edge's word, computed on first use.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private EdgeInfo Info(int e)
        {
            if (!info[e].Known)
            {
                var edge = edges[e];
                // SmartCn's vocabulary is smaller than jieba's: a word jieba lacks has no bigrams and no class.
                if (edge.Node == UnknownWord) return info[e] = new EdgeInfo(true, -1, 0, 0, '\0', '\0');
                Span<char> buffer = stackalloc char[2 * ChineseLexicon.MaxWordLength];
                var key = Key(e, buffer);
                var word = key.IsEmpty ? -1 : bigrams.Find(key);
                var text = edge.End - edge.Start == 1 ? options[edge.Start][choices[edge.ChoiceOffset]] : "";
                info[e] = new EdgeInfo(true, word, word >= 0 ? bigrams.CountOf(word) : 0, word >= 0 ? bigrams.PrefixKeyOf(word) : 0,
                    edge.Node >= 0 ? lexicon.ClassOf(edge.Node) : IsMagnitude(edge.Start) ? WordClassBigrams.Number : WordClassBigrams.ClassOf(text.Length > 0 ? text : key, lexicon),
                    text is [var c] && CjkText.IsIdeograph(c) ? c : '\0');
            }
            return info[e];
        }

        // A magnitude letter right after digits (64k, 93w, 13B) ends a number, which is what a measure
        // word after it (64k条, 10w步) follows, not a Latin word.
        private bool IsMagnitude(int piece) =>
            piece > 0 && options[piece] is [[var c]] && Magnitudes.Contains(c) && options[piece - 1] is [[var d]] && char.IsAsciiDigit(d);

        // The edge's text as SmartCn spells tokens: Latin letters and digits stand for their class.
        private ReadOnlySpan<char> Key(int e, Span<char> buffer)
        {
            var edge = edges[e];
            if (edge.End - edge.Start == 1 && options[edge.Start][choices[edge.ChoiceOffset]] is [var c] && char.IsAscii(c))
                return char.IsAsciiDigit(c) || IsMagnitude(edge.Start) ? WordBigramDictionary.Number : char.IsAsciiLetter(c) ? WordBigramDictionary.LatinWord : [];
            var length = 0;
            for (var i = edge.Start; i < edge.End; i++)
            {
                var text = options[i][choices[edge.ChoiceOffset + i - edge.Start]];
                if (length + text.Length > buffer.Length) return [];
                text.CopyTo(buffer[length..]);
                length += text.Length;
            }
            return buffer[..length];
        }

        private void AddEdge(int start, int end, float weight, ReadOnlySpan<int> picked, int node)
        {
            if (lexical[start]) weight -= TokenPenalty;
            for (var d = 0; d < picked.Length; d++)
                if (frameBonus[start + d] is { } b) weight += b[picked[d]];
            edges.Add(new Edge(start, end, weight, choices.Count, node));
            foreach (var k in picked) choices.Add(k);
        }

        // Every dictionary word of two or more characters starting at piece `start`, over every
        // combination of candidates, pruned as soon as no word continues the prefix.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Walk(int start, int depth, int node, Span<int> picked)
        {
            var i = start + depth;
            var opts = options[i];
            for (var k = 0; k < opts.Length; k++)
            {
                var o = opts[k];
                if (o.Length != 1 || !CjkText.IsIdeograph(o[0])) continue;
                if (!lexicon.TryStep(node, o[0], out var child)) continue;
                picked[depth] = k;
                var lp = lexicon.LogProbOf(child);
                if (depth > 0 && !float.IsNaN(lp)) AddEdge(start, i + 1, WithWebWords(lp, child, start, i + 1), picked[..(depth + 1)], child);
                if (depth + 1 < ChineseLexicon.MaxWordLength && i + 1 < n) Walk(start, depth + 1, child, picked);
            }
        }
    }
}
