namespace Publisher.Importers.Decoding;

/// <summary>
/// What one damaged file says about its own damaged characters (a cache model): after every line
/// has been resolved once, each pair of adjacent characters the file holds with certainty or with
/// a confident guess in it is counted (语种 decided in one table row counts for a doubtful 语种 in
/// another); the lines that hold an uncertain guess are then resolved again, each candidate
/// gaining by how often it stood beside the same neighbour.
/// </summary>
/// <remarks>
/// The text that decoded exactly says nothing directly about a guess: a character loses a byte
/// whenever its UTF-8 holds one the code page drops, so every candidate of a damaged sequence is
/// itself a character that is always damaged and never appears among the certain ones. The cache
/// therefore learns from the file's confident guesses, next to its certain characters.
/// </remarks>
internal sealed class DocumentCache
{
    // Weight (nats per unit of log count) of how often a candidate stood beside the same neighbour
    // in the file's trusted text. Chosen on the tuning half of the harness only from
    // 0/0.25/0.5/0.75/1/1.5/2, with pairs of ideographs only or of any characters (see the README);
    // the other half is held out.
    private const float PairWeight = 0.5f;

    private readonly Dictionary<int, int> pairs = [];

    /// <summary>
    /// Resolves every line that has pieces (null entries are lines left alone), then once more each
    /// line with an uncertain guess, scored with what the file's confident guesses say.
    /// </summary>
    public static ResolvedLine?[] ResolveDocument(IReadOnlyList<Piece>?[] lines)
    {
        var resolved = new ResolvedLine?[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            if (lines[i] is { } pieces) resolved[i] = LexiconScorer.Resolve(pieces);
        // Nothing doubtful, nothing to learn for.
        if (!resolved.Any(r => r is { Uncertain.Count: > 0 })) return resolved;
        var cache = new DocumentCache();
        var chosen = new int[lines.Length][];
        for (var i = 0; i < lines.Length; i++)
            if (lines[i] is { } pieces && resolved[i] is { } line) chosen[i] = cache.Learn(pieces, line);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i] is { } pieces && resolved[i] is { Uncertain.Count: > 0 } && cache.Informs(pieces, chosen[i]))
                resolved[i] = LexiconScorer.Resolve(pieces, (index, k) => cache.Bonus(pieces, chosen[i], index, k));
        return resolved;
    }

    // True when the cache tells some uncertain guess's candidates apart; a line it says nothing
    // about would come out the same, and solving it again is most of this pass's cost.
    private bool Informs(IReadOnlyList<Piece> pieces, int[] chosen)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (chosen[i] != -2) continue;
            var first = Bonus(pieces, chosen, i, 0);
            for (var k = 1; k < pieces[i].Candidates!.Count; k++)
                if (Bonus(pieces, chosen, i, k) != first) return true;
        }
        return false;
    }

    // Counts the confident guesses of one resolved line; returns, per piece, the candidate chosen
    // (-1 for a certain piece, -2 for an uncertain guess).
    private int[] Learn(IReadOnlyList<Piece> pieces, ResolvedLine line)
    {
        var chosen = new int[pieces.Count];
        var uncertainColumns = line.Uncertain.Count == 0 ? null : line.Uncertain.Select(u => u.Column).ToHashSet();
        var position = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            if (p.Candidates is not { Count: > 1 } candidates) { chosen[i] = -1; position += p.Text.Length; continue; }
            var k = 0;
            while (k < candidates.Count - 1 && string.CompareOrdinal(line.Text, position, candidates[k].Text, 0, candidates[k].Text.Length) != 0) k++;
            position += candidates[k].Text.Length;
            chosen[i] = uncertainColumns?.Contains(position - candidates[k].Text.Length + 1) == true ? -2 : k;
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            if (chosen[i] < 0) continue;
            if (i > 0 && Text(pieces, chosen, i - 1) is [var left] && Text(pieces, chosen, i) is [var c]) Add(left, c);
            if (i + 1 < pieces.Count && chosen[i + 1] == -1 && Text(pieces, chosen, i) is [var d] && pieces[i + 1].Text is [var right]) Add(d, right);
        }
        return chosen;
    }

    private void Add(char left, char right)
    {
        var key = left << 16 | right;
        pairs[key] = pairs.GetValueOrDefault(key) + 1;
    }

    // The text of a piece as far as the cache trusts it: certain, or a confident guess; null otherwise.
    private static string? Text(IReadOnlyList<Piece> pieces, int[] chosen, int i) =>
        chosen[i] == -1 ? pieces[i].Text : chosen[i] >= 0 ? pieces[i].Candidates![chosen[i]].Text : null;

    /// <summary>Extra log-score (nats) for candidate <paramref name="k"/> of damaged piece <paramref name="index"/>.</summary>
    private float Bonus(IReadOnlyList<Piece> pieces, int[] chosen, int index, int k)
    {
        var candidates = pieces[index].Candidates!;
        var bonus = 0f;
        if (candidates[k].Text is not [var c]) return bonus;
        if (index > 0) bonus += PairWeight * MathF.Log(1 + PairCount(pieces, chosen, index - 1, c, before: true));
        if (index + 1 < pieces.Count) bonus += PairWeight * MathF.Log(1 + PairCount(pieces, chosen, index + 1, c, before: false));
        return bonus;
    }

    // How often the file's trusted text holds c beside the neighbour piece; when the neighbour is
    // an uncertain guess too (语种, both damaged), its candidate that pairs best.
    private int PairCount(IReadOnlyList<Piece> pieces, int[] chosen, int neighbour, char c, bool before)
    {
        if (Text(pieces, chosen, neighbour) is { } text) return text is [var x] ? Count(before ? x : c, before ? c : x) : 0;
        if (chosen[neighbour] != -2) return 0;
        var best = 0;
        foreach (var candidate in pieces[neighbour].Candidates!)
            if (candidate.Text is [var y]) best = Math.Max(best, Count(before ? y : c, before ? c : y));
        return best;
    }

    private int Count(char left, char right) => pairs.GetValueOrDefault(left << 16 | right);
}
