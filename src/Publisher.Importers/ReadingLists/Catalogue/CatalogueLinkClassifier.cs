using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Catalogue;

/// <summary>Types a project-catalogue link by its host and path, and derives the entry kind from the links.</summary>
public static class CatalogueLinkClassifier
{
    private static readonly string[] ArticleHosts = ["mp.weixin.qq.com", "zhuanlan.zhihu.com", "www.zhihu.com", "medium.com", "juejin.cn", "blog.csdn.net", "www.jiqizhixin.com"];

    /// <summary>The role of <paramref name="url"/> (written with or without a scheme).</summary>
    public static LinkKind Classify(string url)
    {
        if (!Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri))
            return LinkKind.Web;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.ToLowerInvariant();
        if (host.EndsWith("arxiv.org", StringComparison.Ordinal))
            return path.StartsWith("/pdf/", StringComparison.Ordinal) ? LinkKind.Pdf : LinkKind.Paper;
        if (path.EndsWith(".pdf", StringComparison.Ordinal)) return LinkKind.Pdf;
        if (host.EndsWith("github.io", StringComparison.Ordinal)) return LinkKind.Project;
        if (host is "github.com" or "www.github.com" or "gitlab.com" or "gitee.com")
            return path.Trim('/').Contains('/') ? LinkKind.Code : LinkKind.Web; // an account page is not code
        if (host is "huggingface.co" or "hf.co" or "www.modelscope.cn" or "modelscope.cn")
        {
            if (path.StartsWith("/datasets/", StringComparison.Ordinal)) return LinkKind.Dataset;
            if (path.StartsWith("/spaces/", StringComparison.Ordinal) || path.StartsWith("/studios/", StringComparison.Ordinal)) return LinkKind.Project;
            if (path.StartsWith("/blog", StringComparison.Ordinal)) return LinkKind.Article;
            if (path.StartsWith("/docs", StringComparison.Ordinal)) return LinkKind.Web;
            return path.Trim('/').Contains('/') ? LinkKind.Weights : LinkKind.Web;
        }
        if (ArticleHosts.Contains(host) || host.StartsWith("blog.", StringComparison.Ordinal) || path.Contains("/blog/", StringComparison.Ordinal))
            return LinkKind.Article;
        return LinkKind.Project;
    }

    /// <summary>Code makes a repository, else weights a model, a data set card a data set, a paper a preprint, articles an article.</summary>
    public static EntryKind KindFor(IReadOnlyCollection<Link> links)
    {
        bool Has(LinkKind k) => links.Any(l => l.Kind == k);
        if (Has(LinkKind.Code)) return EntryKind.Repository;
        if (Has(LinkKind.Weights)) return EntryKind.Model;
        if (Has(LinkKind.Dataset)) return EntryKind.Dataset;
        if (Has(LinkKind.Paper) || Has(LinkKind.Pdf)) return EntryKind.Preprint;
        if (links.Count > 0 && links.All(l => l.Kind == LinkKind.Article)) return EntryKind.Article;
        return EntryKind.WebPage;
    }
}
