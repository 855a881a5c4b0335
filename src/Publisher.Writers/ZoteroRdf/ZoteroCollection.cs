namespace Publisher.Writers.ZoteroRdf;

/// <summary>One collection of the topic tree: a topic path segment, its sub-collections and the items filed under it.</summary>
public sealed class ZoteroCollection
{
    internal ZoteroCollection(string name, string path) { Name = name; Path = path; }

    /// <summary>The segment's name (<c>微调</c>).</summary>
    public string Name { get; }

    /// <summary>The topic path up to this segment (<c>大模型 / 微调</c>).</summary>
    public string Path { get; }

    /// <summary>Resource id in the RDF (<c>#collection_3</c>); assigned in path order.</summary>
    public string ResourceId { get; internal set; } = "";

    /// <summary>Sub-collections, in path order.</summary>
    public List<ZoteroCollection> Children { get; } = [];

    /// <summary>Indexes (in catalog order) of the entries filed directly under this path.</summary>
    public List<int> Entries { get; } = [];
}
