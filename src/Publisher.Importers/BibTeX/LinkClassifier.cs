using Publisher.Model;

namespace Publisher.Importers.BibTeX;

/// <summary>Guesses a link's role from its URL when a citation format has only "a URL" (BibTeX <c>url</c>, RIS <c>UR</c>).</summary>
public static class LinkClassifier
{
    /// <summary>The role of <paramref name="url"/> in an entry of <paramref name="kind"/>.</summary>
    public static LinkKind Classify(string url, EntryKind kind)
    {
        const StringComparison ic = StringComparison.OrdinalIgnoreCase;
        if (url.Contains("github.com/", ic) || url.Contains("gitlab.com/", ic) || url.Contains("gitee.com/", ic)) return LinkKind.Code;
        if (url.Contains("huggingface.co/datasets/", ic)) return LinkKind.Dataset;
        if (url.Contains("huggingface.co/", ic) || url.Contains("modelscope.cn/", ic)) return kind == EntryKind.Dataset ? LinkKind.Dataset : LinkKind.Weights;
        if (url.EndsWith(".pdf", ic) || url.Contains("arxiv.org/pdf/", ic)) return LinkKind.Pdf;
        return kind switch
        {
            EntryKind.Article => LinkKind.Article,
            EntryKind.WebPage => LinkKind.Web,
            EntryKind.Repository => LinkKind.Code,
            EntryKind.Model => LinkKind.Weights,
            EntryKind.Dataset => LinkKind.Dataset,
            _ => LinkKind.Paper,
        };
    }

    /// <summary>Parses a link kind name as our writers spell it (<c>Code</c>), case-insensitive.</summary>
    public static bool TryParseKind(string name, out LinkKind kind) =>
        Enum.TryParse(name.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
