using Publisher.Model;

namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// Applies an arXiv record to an entry. arXiv wins for bibliographic fields (title, authors, date,
/// DOI); what the lists said that arXiv does not know (summaries, Chinese titles, links, topics,
/// venue) is kept; every real disagreement becomes a diagnostic naming the entry.
/// </summary>
public static class EntryUpdater
{
    /// <summary>The <see cref="Diagnostic.File"/> of enrichment messages.</summary>
    public const string Stage = "enrich";

    /// <summary>Returns the enriched entry; adds a diagnostic per field the list and arXiv disagree on.</summary>
    public static Entry Apply(Entry entry, ArxivFeedEntry record, string matchedBy, DateTimeOffset fetchedAt, ICollection<Diagnostic> diagnostics)
    {
        var altTitles = entry.TitleAlt.ToList();
        var title = entry.Title;
        if (!string.Equals(entry.Title, record.Title, StringComparison.Ordinal))
        {
            // Only a change of wording is worth a message; case and punctuation are arXiv's to spell.
            if (entry.Title.Length > 0 && TitleNormalizer.Normalize(entry.Title) != TitleNormalizer.Normalize(record.Title))
            {
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info,
                    $"title differs from arXiv {record.Id}: list \"{entry.Title}\", arXiv \"{record.Title}\"; using arXiv's, the list's kept as an alternative title",
                    EnrichmentCodes.TitleDiffers, entry.Id));
                if (!altTitles.Any(a => a.Text == entry.Title)) altTitles.Add(new AltTitle(entry.Title, "en"));
            }
            title = record.Title;
        }

        var authors = entry.Authors;
        if (record.Authors.Count > 0)
        {
            var arxivAuthors = record.Authors.Select(PersonNameParser.Parse).ToList();
            var listFamilies = entry.Authors.Where(p => !p.IsOthers).Select(p => TitleNormalizer.Normalize(p.FamilyWithParticle)).Where(f => f.Length > 0).ToList();
            if (listFamilies.Count > 0)
            {
                var arxivNames = record.Authors.Select(a => " " + TitleNormalizer.Normalize(a) + " ").ToList();
                var missing = listFamilies.Where(f => !arxivNames.Any(n => n.Contains(" " + f + " ", StringComparison.Ordinal))).ToList();
                if (missing.Count > 0)
                    diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info,
                        $"authors differ from arXiv {record.Id}: list has {string.Join(", ", missing)} not among arXiv's {record.Authors.Count} authors; using arXiv's",
                        EnrichmentCodes.AuthorsDiffer, entry.Id));
            }
            authors = arxivAuthors;
        }

        var date = entry.Date;
        if (record.Published is { } p)
        {
            if (entry.Date is { } d && d.Year != p.Year)
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info,
                    $"year {d.Year} in the list, arXiv {record.Id} v1 is {p:yyyy-MM-dd}; using the v1 date (the list's year may be the venue's)",
                    EnrichmentCodes.DateDiffers, entry.Id));
            date = new PartialDate(p.Year, p.Month, p.Day);
        }

        var doi = entry.Doi;
        if (Doi.TryParse(record.Doi, out var arxivDoi) && !arxivDoi.IsArxivDataCite)
        {
            if (entry.Doi is { } listDoi && !listDoi.Equals(arxivDoi))
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Warning,
                    $"DOI {listDoi} in the list, arXiv {record.Id} gives {arxivDoi}; using arXiv's — check which is the published version",
                    EnrichmentCodes.DoiDiffers, entry.Id));
            doi = arxivDoi;
        }

        // A version the list cited on purpose is kept; otherwise the version arXiv returned.
        var id = entry.ArxivId is { Version: not null } listId && listId.Base == record.Id.Base ? listId : record.Id;
        var links = entry.Links.ToList();
        if (!links.Any(l => l.Kind == LinkKind.Pdf)) links.Add(new Link(LinkKind.Pdf, id.PdfUrl, "pdf"));
        if (!links.Any(l => l.Kind == LinkKind.Paper)) links.Add(new Link(LinkKind.Paper, id.AbsUrl, "arXiv"));

        var summaries = entry.Summaries.Where(s => s.Source != "arxiv").ToList();
        if (record.Summary is { Length: > 0 } abs) summaries.Add(new Summary(abs, "en", "arxiv"));

        return entry with
        {
            Title = title,
            TitleAlt = altTitles,
            Authors = authors,
            Date = date,
            Doi = doi,
            ArxivId = id,
            Links = links,
            Summaries = summaries,
            Arxiv = new ArxivRecord
            {
                Id = record.Id,
                Title = record.Title,
                Published = record.Published,
                Updated = record.Updated,
                PrimaryCategory = record.PrimaryCategory,
                Categories = record.Categories,
                Comment = record.Comment,
                JournalRef = record.JournalRef,
                FetchedAt = fetchedAt,
                MatchedBy = matchedBy,
            },
        };
    }
}
