using Publisher.Model;

namespace Publisher.Writers.ZoteroRdf;

/// <summary>
/// The reading list's topic tree as Zotero collections: each topic path (<c>1 概述 / 1.2 LLM 列表</c>) is split on
/// <c> / </c> into nested collections, and an entry is filed in the collection of every topic it appeared under.
/// </summary>
public sealed class ZoteroCollectionTree
{
    private ZoteroCollectionTree(IReadOnlyList<ZoteroCollection> roots, IReadOnlyList<ZoteroCollection> all) { Roots = roots; All = all; }

    /// <summary>Top-level collections, in path order.</summary>
    public IReadOnlyList<ZoteroCollection> Roots { get; }

    /// <summary>Every collection, parents before children, in path order.</summary>
    public IReadOnlyList<ZoteroCollection> All { get; }

    /// <summary>Splits a topic path on the catalog's separator <c> / </c> (a bare <c>/</c> belongs to a name, as in <c>TCP/IP</c>).</summary>
    public static string[] Segments(string topic) =>
        topic.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Builds the tree from every entry's topics.</summary>
    public static ZoteroCollectionTree Build(IReadOnlyList<Entry> entries)
    {
        var byPath = new Dictionary<string, ZoteroCollection>(StringComparer.Ordinal);
        var roots = new List<ZoteroCollection>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var topic in entries[i].Topics)
            {
                var segments = Segments(topic);
                if (segments.Length == 0) continue;
                ZoteroCollection? parent = null;
                for (var k = 0; k < segments.Length; k++)
                {
                    var path = string.Join(" / ", segments.Take(k + 1));
                    if (!byPath.TryGetValue(path, out var node))
                    {
                        node = new ZoteroCollection(segments[k], path);
                        byPath.Add(path, node);
                        (parent?.Children ?? roots).Add(node);
                    }
                    parent = node;
                }
                // The same topic twice (differing only in spaces) must not file the entry twice.
                if (!parent!.Entries.Contains(i)) parent.Entries.Add(i);
            }
        }
        var all = new List<ZoteroCollection>(byPath.Count);
        void Visit(List<ZoteroCollection> level)
        {
            level.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var c in level)
            {
                all.Add(c);
                c.ResourceId = "#collection_" + all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Visit(c.Children);
            }
        }
        Visit(roots);
        return new ZoteroCollectionTree(roots, all);
    }
}
