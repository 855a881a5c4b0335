using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Runs after a reading-list importer on the same file and guarantees coverage: every paper reference
/// in the raw text (see <see cref="PaperReferenceScanner"/>) ends up on an entry, or a diagnostic with
/// the line says why not. References the style importer did not take are recognised in the block they
/// sit in (paragraph, list item, heading, table row, HTML block, BibTeX fence, link definition) and added
/// as entries; the style importer's own entries are left exactly as they were.
/// </summary>
public static class CoveragePass
{
    /// <summary>Importer name recorded in the provenance of entries this pass adds.</summary>
    public const string ProvenanceName = "blocks";

    /// <summary>At most this many occurrences of one uncovered reference are tried for a title.</summary>
    private const int OccurrencesTried = 5;

    /// <summary>The importer's result plus the entries and diagnostics that complete its coverage, and the counts.</summary>
    public static ImportResult Apply(SourceDocument document, ImportResult result)
    {
        var refs = PaperReferenceScanner.Scan(document.Text);
        if (refs.Count == 0) return result with { Coverage = new CoverageCounts(0, 0, 0, 0) };
        var entries = result.Entries.ToList();
        var diagnostics = result.Diagnostics.ToList();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        // Where each arXiv paper sits in the list, so a DOI beside it joins in constant time (a scan per link made
        // tables that carry both links quadratic).
        var indexByArxiv = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < entries.Count; k++)
        {
            AddKeys(entries[k], covered);
            if (entries[k].ArxivId is { } id) indexByArxiv.TryAdd(id.Base, k);
        }
        var builder = new ImportResultBuilder(document, ProvenanceName);
        var recognisers = new Recognisers(document, refs);
        var arxivByLine = new Dictionary<int, string>();
        foreach (var r in refs.Where(r => r.IsArxiv)) arxivByLine.TryAdd(r.Line, r.Arxiv!.Base);

        var groups = refs.GroupBy(r => r.Key).ToList();
        int taken = 0, reported = 0, recognised = 0;
        // arXiv references first, so a DOI or proceedings link on the same line can join the paper's entry.
        foreach (var g in groups.OrderBy(g => g.First().IsArxiv || g.First().Kind == PaperReferenceKind.InvalidArxiv ? 0 : 1))
        {
            var first = g.First();
            if (first.Kind == PaperReferenceKind.InvalidArxiv)
            {
                if (!diagnostics.Any(d => d.Line == first.Line && d.Message.Contains(first.Text, StringComparison.Ordinal)))
                    builder.Warn(first.Line, $"'{first.Text}' looks like an arXiv link but its id is not valid (expected YYMM.NNNNN with a 4- or 5-digit number, or archive/YYMMNNN); no entry was made for it", "PUB220");
                reported++;
                continue;
            }
            if (covered.Contains(first.Key)) { taken++; continue; }
            if (!first.IsArxiv && first.Url is { } extra && arxivByLine.TryGetValue(first.Line, out var idBase))
            {
                if (indexByArxiv.TryGetValue(idBase, out var i))
                {
                    entries[i] = entries[i] with { Links = [.. entries[i].Links, new Link(LinkClassifier.Classify(extra), extra, null)] };
                    covered.Add(first.Key);
                    taken++;
                    continue;
                }
            }
            BlockMatch? best = null;
            var at = first;
            foreach (var r in g.Take(OccurrencesTried))
            {
                var m = recognisers.Recognise(r);
                if (m is null || (best is not null && (best.Title is not null || m.Title is null))) continue;
                (best, at) = (m, r);
                if (best.Title is not null) break;
            }
            var entry = Build(builder, at, best, recognisers.Index.TopicAt(at.Offset), g);
            entries.Add(entry);
            if (entry.ArxivId is { } added) indexByArxiv.TryAdd(added.Base, entries.Count - 1);
            AddKeys(entry, covered);
            covered.Add(first.Key);
            if (at.WasRepaired) builder.Info(at.Line, $"'{at.Text}' was read as {at.Url} (a typo in the link)", "PUB221");
            taken++;
            recognised++;
        }
        var counts = new CoverageCounts(groups.Count, taken, reported, recognised);
        var seen = diagnostics.Select(d => (d.Line, d.Message)).ToHashSet();
        diagnostics.AddRange(builder.Build().Diagnostics.Where(d => seen.Add((d.Line, d.Message))));
        return new ImportResult(entries, diagnostics, result.Tables) { Coverage = counts };
    }

    private static Entry Build(ImportResultBuilder builder, PaperReference at, BlockMatch? match, string? topic, IEnumerable<PaperReference> occurrences)
    {
        var sources = occurrences.Select(r => r.Line).Distinct().Take(20).Select(builder.SourceAt).ToList();
        if (match?.Complete is { } complete)
            return complete with { Topics = topic is null ? complete.Topics : [.. complete.Topics, topic], Sources = [.. complete.Sources, .. sources] };
        var draft = new EntryDraft(builder, match?.Line ?? at.Line, topic) { Title = match?.Title, Venue = match?.Venue, Year = match?.Year };
        if (match?.AltTitle is { } alt) draft.AddAltTitle(alt);
        if (at.Url is { } url) draft.AddLink(url, null, at.Line);
        foreach (var link in match?.Links ?? []) draft.AddLink(link.Url, link.Label, link.Line);
        var entry = draft.ToEntry();
        sources.Insert(0, builder.SourceAt(match?.Line ?? at.Line));
        entry = entry with { Sources = sources.Distinct().ToArray() };
        if (at.Kind == PaperReferenceKind.ArxivMention)
            entry = entry with { ArxivId = at.Arxiv, Kind = entry.Venue is null || entry.Venue.Equals("arxiv", StringComparison.OrdinalIgnoreCase) ? EntryKind.Preprint : EntryKind.Paper };
        if (at.Doi is { } doi) entry = entry with { Doi = doi, Kind = EntryKind.Paper };
        if (at.Kind == PaperReferenceKind.PaperPage && entry.Kind is not (EntryKind.Paper or EntryKind.Preprint)) entry = entry with { Kind = EntryKind.Paper };
        return entry;
    }

    private static void AddKeys(Entry e, HashSet<string> keys)
    {
        if (e.ArxivId is { } a) keys.Add("a:" + a.Base);
        if (e.Doi is { } d) keys.Add("d:" + d.Value.ToLowerInvariant());
        foreach (var l in e.Links)
        {
            if (ArxivId.LooksLikeArxivUrl(l.Url)) continue;
            if (l.Url.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) && Doi.TryParse(l.Url, out var ld)) keys.Add("d:" + ld.Value.ToLowerInvariant());
            keys.Add("p:" + PaperReferenceScanner.NormaliseUrl(l.Url));
        }
    }

    /// <summary>The block recognisers, sharing one parse of the document.</summary>
    private sealed class Recognisers(SourceDocument document, IReadOnlyList<PaperReference> refs)
    {
        private readonly HtmlBlockRecogniser _html = new();
        private readonly BibTeXFenceRecogniser _bibtex = new();
        private readonly int[] _offsets = refs.Select(r => r.Offset).ToArray();
        private BlockIndex? _index;

        public BlockIndex Index => _index ??= new BlockIndex(document.Text);

        public BlockMatch? Recognise(PaperReference r)
        {
            var leaf = Index.LeafAt(r.Offset);
            return leaf switch
            {
                TableRow row => TableRowRecogniser.Recognise(row, r, RefsIn(row)),
                HtmlBlock html => _html.Recognise(html, document.Text, r) ?? InsideHtml(html, r),
                CodeBlock code => _bibtex.Recognise(code, document, r),
                LinkReferenceDefinition def => FromDefinition(def, r),
                LeafBlock block => ParagraphRecogniser.Recognise(block, document.Text, r, RefsIn(block)),
                _ => null,
            };
        }

        // Markdown inside an HTML block (a commented-out table row, a list under <details>): the reference's own
        // line is parsed again on its own, with the HTML comment markers blanked, and what it yields is moved back to
        // the line. Parsing only the line keeps this linear (a whole-file copy per reference made large blocks quadratic).
        private BlockMatch? InsideHtml(HtmlBlock html, PaperReference r)
        {
            var text = document.Text;
            var start = text.LastIndexOf('\n', Math.Max(0, r.Offset - 1)) + 1;
            var end = text.IndexOf('\n', r.Offset);
            if (end < 0) end = text.Length;
            // No-break spaces keep the offsets without turning the line into an indented code block.
            var line = text[start..end].Replace("<!--", "\u00A0\u00A0\u00A0\u00A0", StringComparison.Ordinal).Replace("-->", "\u00A0\u00A0\u00A0", StringComparison.Ordinal);
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var shadow = new string('\u00A0', indent) + line[indent..];
            PaperReference Local(PaperReference x) => x with { Offset = x.Offset - start, Line = 1 };
            var onLine = RefsBetween(start, end).Select(Local).ToList();
            var target = Local(r);
            var leaf = new BlockIndex(shadow).LeafAt(target.Offset);
            var match = leaf switch
            {
                TableRow row => TableRowRecogniser.Recognise(row, target, onLine),
                ParagraphBlock or HeadingBlock => ParagraphRecogniser.Recognise((LeafBlock)leaf, shadow, target, onLine),
                _ => null,
            };
            return match is null ? null : match with { Line = r.Line, Links = [.. match.Links.Select(l => l with { Line = r.Line })] };
        }

        private IReadOnlyList<PaperReference> RefsIn(Block block) => RefsBetween(block.Span.Start, block.Span.End);

        private List<PaperReference> RefsBetween(int start, int end)
        {
            var i = Array.BinarySearch(_offsets, start);
            if (i < 0) i = ~i;
            // Equal offsets are possible (a URL and a mention overlapping); step back to the first of them.
            while (i > 0 && _offsets[i - 1] >= start) i--;
            var list = new List<PaperReference>();
            for (; i < refs.Count && refs[i].Offset <= end; i++) list.Add(refs[i]);
            return list;
        }

        // "[Attention Is All You Need]: https://arxiv.org/abs/1706.03762 "optional title"".
        private static BlockMatch FromDefinition(LinkReferenceDefinition def, PaperReference r)
        {
            var title = new[] { def.Title, def.Label }.Select(t => TitleText.Clean(t ?? "")).FirstOrDefault(t => TitleText.IsTitle(t) && !CjkText.ContainsIdeograph(t));
            return new BlockMatch(title, null, [], r.Line, "link-definition");
        }
    }
}
