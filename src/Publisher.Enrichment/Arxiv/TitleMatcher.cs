using Publisher.Model;

namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// Decides whether an arXiv record is the work a list cites by title. Precision first: a wrong
/// match silently corrupts a bibliography, a missed one only leaves an entry un-enriched.
/// </summary>
public sealed class TitleMatcher
{
    /// <summary>Score (bigram Dice of normalised titles) at or above which a title alone is enough. Default 0.95.</summary>
    public double AcceptAlone { get; init; } = 0.95;
    /// <summary>Score at or above which a match is accepted when year or authors agree. Default 0.90.</summary>
    public double AcceptWithEvidence { get; init; } = 0.90;
    /// <summary>Score at or above which a candidate is worth a person's look (review list). Default 0.80.</summary>
    public double ReviewThreshold { get; init; } = 0.80;
    /// <summary>Years a list's year may lie before v1 or after the latest version (conference years lag). Default 1.</summary>
    public int YearSlack { get; init; } = 1;

    /// <summary>Scores two titles, also comparing them without a short leading label (<c>GPT2:</c>).</summary>
    public static double Score(string listTitle, string arxivTitle)
    {
        var a = TitleNormalizer.Normalize(listTitle);
        var b = TitleNormalizer.Normalize(arxivTitle);
        var a2 = TitleNormalizer.NormalizeWithoutPrefix(listTitle);
        var b2 = TitleNormalizer.NormalizeWithoutPrefix(arxivTitle);
        if (a == b || a2 == b || a == b2) return 1.0;
        return Math.Max(TitleNormalizer.Similarity(a, b), Math.Max(TitleNormalizer.Similarity(a2, b), TitleNormalizer.Similarity(a, b2)));
    }

    /// <summary>Matches one query against candidates (typically the results of its <c>ti:</c> search).</summary>
    public TitleMatch Match(TitleQuery query, IEnumerable<ArxivFeedEntry> candidates)
    {
        var scored = candidates
            .GroupBy(c => c.Id.Base, StringComparer.Ordinal).Select(g => g.First())
            .Select(c => new TitleCandidate(c, Score(query.Title, c.Title), YearAgrees(query.Year, c), AuthorsAgree(query.AuthorFamilies, c)))
            .Where(c => c.Score >= ReviewThreshold)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Entry.Id.Base, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0) return new TitleMatch(TitleMatchKind.Unmatched, null, [], "no arXiv title is close");

        var accepted = scored.Where(Accepts).ToList();
        var contradicted = scored.Where(c => c.Score >= AcceptWithEvidence && (c.YearAgrees == false || c.AuthorsAgree == false)).ToList();
        if (accepted.Count == 1 && contradicted.Count == 0)
            return new TitleMatch(TitleMatchKind.Matched, accepted[0].Entry, scored, accepted[0].Score >= 1.0 ? "same title" : "close title");
        if (accepted.Count > 1)
        {
            // Several records with the same wording: prefer an exact one only when it is the only exact one.
            var exact = accepted.Where(c => c.Score >= 1.0).ToList();
            if (exact.Count == 1 && contradicted.Count == 0) return new TitleMatch(TitleMatchKind.Matched, exact[0].Entry, scored, "same title");
            return new TitleMatch(TitleMatchKind.Ambiguous, null, scored, $"{accepted.Count} arXiv records match equally well");
        }
        if (contradicted.Count > 0)
        {
            var c = contradicted[0];
            var what = c.YearAgrees == false ? $"year differs (list {query.Year}, arXiv v1 {c.Entry.Published?.Year})" : "no author in common";
            return new TitleMatch(TitleMatchKind.Ambiguous, null, scored, $"title close but {what}");
        }
        return new TitleMatch(TitleMatchKind.Ambiguous, null, scored, $"closest title only {scored[0].Score:0.00} similar");
    }

    private bool Accepts(TitleCandidate c)
    {
        if (c.YearAgrees == false || c.AuthorsAgree == false) return false;
        if (c.Score >= AcceptAlone) return true;
        return c.Score >= AcceptWithEvidence && (c.YearAgrees == true || c.AuthorsAgree == true);
    }

    private bool? YearAgrees(int? year, ArxivFeedEntry c)
    {
        if (year is not int y || c.Published is not { } p) return null;
        var last = Math.Max(p.Year, c.Updated?.Year ?? p.Year);
        return y >= p.Year - YearSlack && y <= last + YearSlack;
    }

    private static bool? AuthorsAgree(IReadOnlyList<string> families, ArxivFeedEntry c)
    {
        var wanted = families.Select(TitleNormalizer.Normalize).Where(f => f.Length > 1).ToList();
        if (wanted.Count == 0 || c.Authors.Count == 0) return null;
        var names = c.Authors.Select(a => " " + TitleNormalizer.Normalize(a) + " ").ToList();
        return wanted.Any(f => names.Any(n => n.Contains(" " + f + " ", StringComparison.Ordinal)));
    }
}
