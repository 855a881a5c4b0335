namespace Publisher.Model;

/// <summary>What sort of work an entry describes; serialised in camelCase (<c>webPage</c>).</summary>
public enum EntryKind
{
    /// <summary>A published or citable paper whose status is not known to be a preprint.</summary>
    Paper,
    /// <summary>An arXiv (or other server) preprint.</summary>
    Preprint,
    /// <summary>A source-code repository.</summary>
    Repository,
    /// <summary>Released model weights.</summary>
    Model,
    /// <summary>A data set.</summary>
    Dataset,
    /// <summary>A news or blog article about a work.</summary>
    Article,
    /// <summary>Any other web page.</summary>
    WebPage,
}
