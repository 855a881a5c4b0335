using System.Text;
using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Chooses the candidates of a line's damaged characters together, as the segmentation of the
/// whole line into dictionary words with the best total log-probability (jieba's unigram model,
/// searched exactly by Viterbi over every word the candidates can form). A character is reported
/// as uncertain when the best line that uses its runner-up scores within <see cref="UncertainMargin"/>.
/// </summary>
internal static class LexiconScorer
{
    /// <summary>Log-probability gap (nats) under which the runner-up is reported: e^1.5 ≈ 4.5 times less likely.</summary>
    public const float UncertainMargin = 1.5f;

    // A matched bracket is almost certain; an unmatched one is rare but real (a list item "1）").
    private const float PairedBracket = 5f, UnpairedBracket = -3f;

    // Each extra token costs this much on top of its log-probability: the unigram model alone lets a
    // frequent single character (不) split a rarer word (中英); on the harness 2 is best of 0, 2, 4, 6, 9.
    private const float TokenPenalty = 2f;

    // Weight of the phrase-edge prior from the dictionary (how often a character ends or starts words);
    // measured on the harness: 0.5 is best of 0, 0.5, 1 and 2 (96.7% → 96.9% of damaged ideographs).
    private const float BoundaryWeight = 0.5f;

    private const string Openers = "（【「『《“‘〈〔";
    private const string Closers = "）】」』》”’〉〕";

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
    private sealed record Choice(string[] Texts, float[] Weights, bool Lexical, bool HasBracket)
    {
        public static Choice Of(IReadOnlyList<Candidate> list, ChineseLexicon lexicon)
        {
            var texts = list.Select(c => c.Text).ToArray();
            return new Choice(texts, texts.Select(t => WordOrCharLogProb(t, lexicon)).ToArray(),
                texts.Any(t => t.Length == 1 && CjkText.IsIdeograph(t[0])),
                texts.Any(t => t.Length == 1 && (Openers.Contains(t[0]) || Closers.Contains(t[0]))));
        }
    }

    private readonly record struct Edge(int Start, int End, float Weight, int ChoiceOffset);

    private sealed class Lattice
    {
        private readonly ChineseLexicon lexicon;
        private readonly int n;
        private readonly string[][] options;
        private readonly float[][] singleWeights;
        private readonly bool[] lexical;
        private readonly List<Edge> edges = [];
        private readonly List<int> choices = [];

        public Lattice(IReadOnlyList<Piece> pieces, ChineseLexicon lexicon)
        {
            this.lexicon = lexicon;
            n = pieces.Count;
            options = new string[n][];
            singleWeights = new float[n][];
            lexical = new bool[n];
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
                    singleWeights[i] = choice.Weights;
                    if (choice.HasBracket)
                    {
                        initial ??= pieces.Select(x => x.Text).ToArray();
                        var w = (float[])choice.Weights.Clone();
                        for (var k = 0; k < w.Length; k++) w[k] += BracketAdjustment(choice.Texts[k], i, initial);
                        singleWeights[i] = w;
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

        public ResolvedLine Solve()
        {
            Span<int> picked = stackalloc int[ChineseLexicon.MaxWordLength];
            for (var i = 0; i < n; i++)
            {
                var beforeBoundary = i + 1 == n || IsBoundary(options[i + 1]);
                var afterBoundary = i == 0 || IsBoundary(options[i - 1]);
                for (var k = 0; k < options[i].Length; k++)
                {
                    var w = singleWeights[i][k];
                    // A lone character before a full stop or comma usually ends a phrase (项目中，), one after it starts one.
                    if (options[i].Length > 1 && options[i][k] is [var c] && CjkText.IsIdeograph(c))
                        w += BoundaryWeight * ((beforeBoundary ? lexicon.EndShare(c) : 0) + (afterBoundary ? lexicon.StartShare(c) : 0));
                    AddEdge(i, i + 1, w, [k]);
                }
                if (lexical[i]) Walk(i, 0, ChineseLexicon.Root, picked);
            }

            var alpha = new float[n + 1];
            var back = new int[n + 1];
            Array.Fill(alpha, float.NegativeInfinity);
            alpha[0] = 0;
            for (var e = 0; e < edges.Count; e++)
            {
                var edge = edges[e];
                var score = alpha[edge.Start] + edge.Weight;
                if (score > alpha[edge.End]) { alpha[edge.End] = score; back[edge.End] = e; }
            }
            var beta = new float[n + 1];
            Array.Fill(beta, float.NegativeInfinity);
            beta[n] = 0;
            for (var e = edges.Count - 1; e >= 0; e--)
            {
                var edge = edges[e];
                beta[edge.Start] = Math.Max(beta[edge.Start], edge.Weight + beta[edge.End]);
            }

            // Best whole-line score with each damaged piece forced to each of its candidates.
            var best = new float[n][];
            for (var i = 0; i < n; i++)
                if (options[i].Length > 1) { best[i] = new float[options[i].Length]; Array.Fill(best[i], float.NegativeInfinity); }
            foreach (var edge in edges)
            {
                var total = alpha[edge.Start] + edge.Weight + beta[edge.End];
                for (var i = edge.Start; i < edge.End; i++)
                    if (best[i] is { } b) { var k = choices[edge.ChoiceOffset + i - edge.Start]; if (total > b[k]) b[k] = total; }
            }

            var chosen = new int[n];
            for (var end = n; end > 0;)
            {
                var edge = edges[back[end]];
                for (var i = edge.Start; i < edge.End; i++) chosen[i] = choices[edge.ChoiceOffset + i - edge.Start];
                end = edge.Start;
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

        private static bool IsBoundary(string[] slot) => slot.Length == 1 && slot[0] is [var c] && (Punctuation.ContainsKey(c) || c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '(' or '\n' or '\r');

        private void AddEdge(int start, int end, float weight, ReadOnlySpan<int> picked)
        {
            if (lexical[start]) weight -= TokenPenalty;
            edges.Add(new Edge(start, end, weight, choices.Count));
            foreach (var k in picked) choices.Add(k);
        }

        // Every dictionary word of two or more characters starting at piece `start`, over every
        // combination of candidates, pruned as soon as no word continues the prefix.
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
                if (depth > 0 && !float.IsNaN(lp)) AddEdge(start, i + 1, lp, picked[..(depth + 1)]);
                if (depth + 1 < ChineseLexicon.MaxWordLength && i + 1 < n) Walk(start, depth + 1, child, picked);
            }
        }
    }
}
